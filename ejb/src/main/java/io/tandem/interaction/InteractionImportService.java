package io.tandem.interaction;

import io.tandem.datasharing.DataCategory;
import io.tandem.datasharing.DataFeedService;
import io.tandem.datasharing.DataSharingCheck;
import io.tandem.datasharing.SharingDirection;
import io.tandem.platform.DomainException;
import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.TransactionConnection;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Interaction files and their history. An import reads the file as it arrives into a staging
 * table, checks every line in SQL and then stores all new rows with one insert, or nothing: a
 * refused file is recorded with its bad lines and stores no row. A file comes in only under a
 * data-sharing agreement in force covering interaction records from provider to client, and each
 * stored file is written to that agreement's feed log. Sending a file again skips the
 * rows stored before; a record id stored with other values is a bad line. Imports of one
 * workspace wait for each other. Every change of rows fires {@link InteractionsChanged}.
 */
@Stateless
@Tenancy
public class InteractionImportService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    TransactionConnection connections;

    @Inject
    WorkspaceAccess access;

    @Inject
    Event<InteractionsChanged> changed;

    @Inject
    DataSharingCheck dataSharing;

    @Inject
    DataFeedService feeds;

    private final Clock clock = Clock.systemUTC();

    /** The workspace's imports, newest first. */
    public List<InteractionImportDetails> history(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        return em.createQuery("""
                        select i from InteractionImport i join fetch i.importedBy left join fetch i.deletedBy
                        where i.workspaceId = :workspace order by i.startedAt desc, i.id desc""",
                        InteractionImport.class)
                .setParameter("workspace", workspaceId).getResultList().stream()
                .map(InteractionImport::details).toList();
    }

    public InteractionImportDetails find(long workspaceId, long importId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        return scope(workspaceId).find(InteractionImport.class, importId, InteractionImport::workspaceId).details();
    }

    /**
     * Imports one file, read from {@code body} as it arrives. A file with bad lines is recorded as
     * rejected and the report names them; a body that breaks off (an IOException) stores nothing,
     * not even the attempt.
     */
    public InteractionImportReport importFile(long workspaceId, String fileName, InputStream body) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.IMPORT_INTERACTIONS);
        // customer-level data comes in only under an agreement in force that covers it
        long agreement = dataSharing.requireActiveAgreement(workspaceId, DataCategory.INTERACTION_RECORDS,
                SharingDirection.PROVIDER_TO_CLIENT);
        try {
            InteractionStaging staging = new InteractionStaging(connections.current());
            staging.lockWorkspace(workspaceId);
            InteractionImport imported = new InteractionImport(workspaceId, fileName,
                    em.find(UserAccount.class, grant.callerId()), OffsetDateTime.now(clock));
            em.persist(imported);
            em.flush();
            InteractionFile.Shape shape;
            try {
                shape = staging.stage(body);
            } catch (RejectedLinesException refused) {
                return rejected(imported, refused.errors(), refused.total());
            }
            InteractionStaging.Errors checked = staging.errors(workspaceId, InteractionFile.MAX_ERRORS);
            if (shape.errorCount() + checked.count() > 0) {
                List<LineError> errors = new ArrayList<>(shape.errors());
                errors.addAll(checked.first());
                errors.sort(Comparator.comparingInt(LineError::lineNumber));
                return rejected(imported, errors.subList(0, Math.min(errors.size(), InteractionFile.MAX_ERRORS)),
                        shape.errorCount() + checked.count());
            }
            boolean anyStored = checked.alreadyStored() > 0;
            InteractionStaging.Span span = staging.prepareMonths(workspaceId, shape.span(), anyStored);
            long rows = staging.insert(workspaceId, imported.id(), anyStored);
            imported.stored(rows, shape.records() - rows, span.first(), span.last(), OffsetDateTime.now(clock));
            if (rows > 0) {
                staging.analyze(span.months());
                feeds.recordFeed(workspaceId, agreement, DataCategory.INTERACTION_RECORDS, rows,
                        "Interaction import " + imported.id() + ": " + fileName);
                changed.fire(new InteractionsChanged(workspaceId, span.months()));
            }
            return new InteractionImportReport(flushed(imported), List.of());
        } catch (IOException e) {
            // Nothing is stored, not even the attempt: the client went away or the connection broke.
            throw new DomainException("interaction.import.interrupted");
        } catch (SQLException e) {
            throw new IllegalStateException("The interaction import failed in the database", e);
        }
    }

    /**
     * Removes exactly the rows the import stored, as last read ({@code version}); the import stays
     * in the history, marked deleted, and the audit trail records who deleted it.
     */
    public InteractionImportDetails delete(long workspaceId, long importId, long version) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.IMPORT_INTERACTIONS);
        InteractionImport imported = scope(workspaceId).find(InteractionImport.class, importId,
                InteractionImport::workspaceId);
        WorkspaceScope.requireVersion(imported, imported.version(), version);
        imported.delete(em.find(UserAccount.class, grant.callerId()), OffsetDateTime.now(clock));
        try {
            InteractionStaging staging = new InteractionStaging(connections.current());
            staging.lockWorkspace(workspaceId);
            Set<YearMonth> months = staging.monthsOf(workspaceId, importId);
            staging.delete(workspaceId, importId);
            if (!months.isEmpty()) {
                staging.analyze(months);
                changed.fire(new InteractionsChanged(workspaceId, months));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting the import's interactions failed in the database", e);
        }
        return flushed(imported);
    }

    private InteractionImportReport rejected(InteractionImport imported, List<LineError> errors, long badLines) {
        imported.rejected(badLines, OffsetDateTime.now(clock));
        return new InteractionImportReport(flushed(imported), errors);
    }

    private InteractionImportDetails flushed(InteractionImport imported) {
        em.flush();
        return imported.details();
    }

    private WorkspaceScope scope(long workspaceId) {
        return new WorkspaceScope(em, workspaceId);
    }
}

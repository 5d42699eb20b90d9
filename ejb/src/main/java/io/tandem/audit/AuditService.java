package io.tandem.audit;

import io.tandem.platform.DomainException;
import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.AuditedRecords;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and verifies a workspace's audit trail, within the tenancy and party-privacy rules. */
@Stateless
@Tenancy
public class AuditService {

    public static final int MAX_PAGE_SIZE = 200;

    /** The most events one export holds: enough for any month's review, small enough to build in memory. */
    public static final int MAX_EXPORT_EVENTS = 10_000;

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** Newest first; the other side's private events are left out (and the database hides them too). */
    public AuditPage trail(long workspaceId, AuditFilter filter, int first, int size) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.READ_AUDIT_TRAIL);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Matching matching = new Matching(workspaceId, grant, filter);
        List<AuditEntry> entries = matching.events().setFirstResult(Math.max(0, first)).setMaxResults(pageSize)
                .getResultList().stream().map(AuditEvent::entry).toList();
        return new AuditPage(entries, matching.count(), referredTo(entries));
    }

    /**
     * Every event the filter selects, newest first, for an export; refused past
     * {@link #MAX_EXPORT_EVENTS} with a message asking for a narrower filter.
     */
    public AuditPage export(long workspaceId, AuditFilter filter) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.READ_AUDIT_TRAIL);
        Matching matching = new Matching(workspaceId, grant, filter);
        long total = matching.count();
        if (total > MAX_EXPORT_EVENTS) {
            throw new DomainException("audit.export.tooMany", total, MAX_EXPORT_EVENTS);
        }
        List<AuditEntry> entries = matching.events().getResultList().stream().map(AuditEvent::entry).toList();
        return new AuditPage(entries, total, referredTo(entries));
    }

    /** The people the events' rows name in a person column ({@link AuditChanges#PERSON_COLUMNS}). */
    private List<AuditPerson> referredTo(List<AuditEntry> entries) {
        Set<Long> ids = new HashSet<>();
        for (AuditEntry entry : entries) {
            for (AuditChanges.FieldChange change : entry.changes()) {
                if (AuditChanges.PERSON_COLUMNS.contains(change.field())) {
                    for (Object value : new Object[] {change.before(), change.after()}) {
                        if (value instanceof BigDecimal id) {
                            ids.add(id.longValue());
                        }
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select u.id, u.displayName, o.name from UserAccount u left join u.organisation o
                        where u.id in :ids""", Object[].class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .map(row -> new AuditPerson(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
    }

    /** The people whose changes the caller's trail holds, by name, for filtering it. */
    public List<AuditPerson> people(long workspaceId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.READ_AUDIT_TRAIL);
        return em.createQuery("""
                        select distinct u.id, u.displayName, o.name from AuditEvent e
                        join e.actor u left join e.actorOrganisation o
                        where e.workspaceId = :workspace and e.entityType in :visible
                        and (e.privateToParty is null or e.privateToParty = :party)""", Object[].class)
                .setParameter("workspace", workspaceId)
                .setParameter("party", grant.party().name())
                .setParameter("visible", AuditedRecords.readableWith(grant))
                .getResultList().stream()
                .map(row -> new AuditPerson(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .sorted(Comparator.comparing(AuditPerson::name).thenComparing(AuditPerson::id))
                .toList();
    }

    /** The events of one workspace a grant may read that a filter selects: the one place the trail's rules live. */
    private final class Matching {

        private final long workspaceId;
        private final WorkspaceGrant grant;
        private final AuditFilter filter;
        private final String where;

        Matching(long workspaceId, WorkspaceGrant grant, AuditFilter filter) {
            this.workspaceId = workspaceId;
            this.grant = grant;
            this.filter = filter;
            StringBuilder clauses = new StringBuilder("""
                    where e.workspaceId = :workspace
                    and (e.privateToParty is null or e.privateToParty = :party)
                    and e.entityType in :visible""");
            if (filter.entityType() != null) {
                clauses.append(" and e.entityType = :entityType");
            }
            if (filter.action() != null) {
                clauses.append(" and e.action = :action");
            }
            if (filter.actorId() != null) {
                clauses.append(" and e.actor.id = :actor");
            }
            if (filter.from() != null) {
                clauses.append(" and e.occurredAt >= :from");
            }
            if (filter.to() != null) {
                clauses.append(" and e.occurredAt < :until");
            }
            this.where = clauses.toString();
        }

        TypedQuery<AuditEvent> events() {
            return bound(em.createQuery("select e from AuditEvent e left join fetch e.actor "
                    + "left join fetch e.actorOrganisation " + where + " order by e.sequenceNo desc", AuditEvent.class));
        }

        long count() {
            return bound(em.createQuery("select count(e) from AuditEvent e " + where, Long.class)).getSingleResult();
        }

        private <T> TypedQuery<T> bound(TypedQuery<T> query) {
            query.setParameter("workspace", workspaceId).setParameter("party", grant.party().name())
                    .setParameter("visible", AuditedRecords.readableWith(grant));
            if (filter.entityType() != null) {
                query.setParameter("entityType", filter.entityType());
            }
            if (filter.action() != null) {
                query.setParameter("action", filter.action());
            }
            if (filter.actorId() != null) {
                query.setParameter("actor", filter.actorId());
            }
            if (filter.from() != null) {
                query.setParameter("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            if (filter.to() != null) {
                query.setParameter("until", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            return query;
        }
    }

    /** The kinds of record the caller's trail holds, for filtering it. */
    public List<String> recordTypes(long workspaceId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.READ_AUDIT_TRAIL);
        return em.createQuery("""
                        select distinct e.entityType from AuditEvent e
                        where e.workspaceId = :workspace and e.entityType in :visible
                        and (e.privateToParty is null or e.privateToParty = :party)
                        order by e.entityType""", String.class)
                .setParameter("workspace", workspaceId)
                .setParameter("party", grant.party().name())
                .setParameter("visible", AuditedRecords.readableWith(grant))
                .getResultList();
    }

    /** One record's events, oldest first, for whoever may read that kind of record, within party privacy. */
    public List<AuditEntry> history(long workspaceId, String entityType, String entityId) {
        Permission needed = AuditedRecords.readPermission(entityType).orElseThrow(NotFoundException::new);
        WorkspaceGrant grant = access.require(workspaceId).require(needed);
        return em.createQuery("""
                        select e from AuditEvent e left join fetch e.actor left join fetch e.actorOrganisation
                        where e.workspaceId = :workspace and e.entityType = :entityType and e.entityId = :entityId
                        and (e.privateToParty is null or e.privateToParty = :party)
                        order by e.sequenceNo""", AuditEvent.class)
                .setParameter("workspace", workspaceId)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .setParameter("party", grant.party().name())
                .getResultList().stream().map(AuditEvent::entry).toList();
    }

    /** Recomputes every hash of the workspace's chain, party-private events included. */
    public ChainVerification verify(long workspaceId) {
        access.require(workspaceId).require(Permission.READ_AUDIT_TRAIL);
        Object[] result = (Object[]) em.createNativeQuery(
                        "select events_checked, broken_at from tandem_audit_verify(?)")
                .setParameter(1, workspaceId)
                .getSingleResult();
        return ChainVerification.of(((Number) result[0]).longValue(),
                result[1] == null ? null : ((Number) result[1]).longValue());
    }
}

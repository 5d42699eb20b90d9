package io.tandem.datasharing;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The gate every feature that brings customer-level data into Tandem passes first: an agreement
 * in force in the workspace must cover the kind of data and the way it moves. An import calls
 *
 * <pre>long agreement = check.requireActiveAgreement(workspaceId, DataCategory.INTERACTION_RECORDS,
 *         SharingDirection.PROVIDER_TO_CLIENT);</pre>
 *
 * and then records what it stored with {@link DataFeedService#recordFeed}. It runs inside the
 * caller's transaction and refuses with a {@link DomainException} naming what is missing.
 */
@Stateless
@Tenancy
public class DataSharingCheck {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    /**
     * The id of an agreement in force that covers the data, or a refusal: no agreement at all; else
     * the nearest miss among the workspace's agreements (not signed by one party, category or
     * direction not covered, review date or end date passed, revoked), in that order of closeness.
     */
    public long requireActiveAgreement(long workspaceId, DataCategory category, SharingDirection direction) {
        access.require(workspaceId);
        if (category == null || direction == null) {
            throw new DomainException("datasharing.check.incomplete");
        }
        List<DataSharingAgreement> agreements = em.createQuery("""
                        select a from DataSharingAgreement a where a.workspace.id = :workspace
                        order by a.id""", DataSharingAgreement.class)
                .setParameter("workspace", workspaceId).getResultList();
        if (agreements.isEmpty()) {
            throw new DomainException("datasharing.check.none", category.name());
        }
        LocalDate today = LocalDate.now(clock);
        DomainException nearest = null;
        int nearestRank = Integer.MAX_VALUE;
        for (DataSharingAgreement agreement : agreements) {
            Optional<DomainException> refusal = agreement.refusalFor(category, direction, today);
            if (refusal.isEmpty()) {
                return agreement.id();
            }
            int rank = rank(refusal.get());
            if (rank < nearestRank) {
                nearest = refusal.get();
                nearestRank = rank;
            }
        }
        throw nearest;
    }

    /** A refusal about the dates of a signed agreement that covers the data is nearer than a missing signature. */
    private static int rank(DomainException refusal) {
        String key = refusal.messageKey();
        if (key.endsWith("reviewOverdue") || key.endsWith("expired")) {
            return 0;
        }
        if (key.contains("unsigned")) {
            return 1;
        }
        if (key.endsWith("direction")) {
            return 2;
        }
        if (key.endsWith("category")) {
            return 3;
        }
        return 4;
    }
}

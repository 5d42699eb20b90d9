package io.tandem.servicelevel;

import io.tandem.inbox.InboxItem;
import io.tandem.inbox.InboxSource;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Measurements to review, disputes to answer or resolve, and relief to decide. A submission waits
 * for the client's reviewer; a dispute for whichever side did not write last
 * ({@link Measurement#awaitedSide()}); a relief request for the client's reviewer.
 */
@ApplicationScoped
public class ServiceLevelInbox implements InboxSource {

    static final String MEASUREMENT_TO_REVIEW = "MEASUREMENT_TO_REVIEW";
    static final String DISPUTE_TO_ANSWER = "DISPUTE_TO_ANSWER";
    static final String DISPUTE_TO_RESOLVE = "DISPUTE_TO_RESOLVE";
    static final String RELIEF_TO_DECIDE = "RELIEF_TO_DECIDE";

    private static final String MEASUREMENT_PAGE = "/servicelevel/measurement";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Override
    public List<InboxItem> waitingFor(Collection<WorkspaceGrant> grants, LocalDate today) {
        List<InboxItem> items = new ArrayList<>();
        Map<Long, WorkspaceGrant> acting = InboxSource.byWorkspace(grants,
                grant -> grant.allows(Permission.REVIEW_MEASUREMENTS) || grant.allows(Permission.ANSWER_DISPUTES));
        if (acting.isEmpty()) {
            return items;
        }
        List<Measurement> open = em.createQuery("""
                        select m from Measurement m join fetch m.serviceLevel
                        where m.workspaceId in :workspaces and m.status in :open
                        order by m.period, m.id""", Measurement.class)
                .setParameter("workspaces", acting.keySet())
                .setParameter("open", List.of(MeasurementStatus.SUBMITTED, MeasurementStatus.DISPUTED))
                .getResultList();
        for (Measurement measurement : open) {
            WorkspaceGrant grant = acting.get(measurement.workspaceId());
            String kind = kindFor(measurement, grant, grant.allows(Permission.REVIEW_MEASUREMENTS),
                    grant.allows(Permission.ANSWER_DISPUTES));
            if (kind != null) {
                items.add(new InboxItem(kind, grant.workspaceId(), grant.workspaceName(), measurement.id(),
                        measurement.serviceLevel().name(), measurement.period(), null, false, MEASUREMENT_PAGE,
                        "measurement"));
            }
        }
        Map<Long, WorkspaceGrant> reviewing = InboxSource.byWorkspace(grants,
                grant -> grant.allows(Permission.REVIEW_MEASUREMENTS));
        if (!reviewing.isEmpty()) {
            em.createQuery("""
                            select r from Relief r join fetch r.serviceLevel
                            where r.workspaceId in :workspaces and r.status = :requested
                            order by r.period, r.id""", Relief.class)
                    .setParameter("workspaces", reviewing.keySet())
                    .setParameter("requested", ReliefStatus.REQUESTED)
                    .getResultList()
                    .forEach(relief -> {
                        WorkspaceGrant grant = reviewing.get(relief.workspaceId());
                        items.add(new InboxItem(RELIEF_TO_DECIDE, grant.workspaceId(), grant.workspaceName(),
                                relief.id(), relief.serviceLevel().name(), relief.period(), null, false,
                                "/servicelevel/reliefs", null));
                    });
        }
        return items;
    }

    private static String kindFor(Measurement measurement, WorkspaceGrant grant, boolean reviews, boolean answers) {
        if (measurement.awaitedSide().orElse(null) != grant.party()) {
            return null;
        }
        if (measurement.status() == MeasurementStatus.SUBMITTED) {
            return reviews ? MEASUREMENT_TO_REVIEW : null;
        }
        if (reviews) {
            return DISPUTE_TO_RESOLVE;
        }
        return answers ? DISPUTE_TO_ANSWER : null;
    }
}

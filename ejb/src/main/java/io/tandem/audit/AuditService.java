package io.tandem.audit;

import io.tandem.workspace.Permission;
import io.tandem.workspace.Tenancy;
import io.tandem.workspace.WorkspaceAccess;
import io.tandem.workspace.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Reads and verifies a workspace's audit trail, within the tenancy and party-privacy rules. */
@Stateless
@Tenancy
public class AuditService {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** Newest first; the other side's private events are left out (and the database hides them too). */
    public AuditPage trail(long workspaceId, AuditFilter filter, int first, int size) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.READ_AUDIT_TRAIL);
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        StringBuilder where = new StringBuilder("""
                where e.workspaceId = :workspace
                and (e.privateToParty is null or e.privateToParty = :party)""");
        if (filter.entityType() != null) {
            where.append(" and e.entityType = :entityType");
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
        }
        TypedQuery<AuditEvent> events = em.createQuery(
                "select e from AuditEvent e " + where + " order by e.sequenceNo desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e " + where, Long.class);
        for (TypedQuery<?> query : new TypedQuery<?>[] {events, count}) {
            query.setParameter("workspace", workspaceId).setParameter("party", grant.party().name());
            if (filter.entityType() != null) {
                query.setParameter("entityType", filter.entityType());
            }
            if (filter.action() != null) {
                query.setParameter("action", filter.action());
            }
        }
        return new AuditPage(events.setFirstResult(Math.max(0, first)).setMaxResults(pageSize)
                .getResultList().stream().map(AuditEvent::entry).toList(), count.getSingleResult());
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

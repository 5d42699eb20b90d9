package io.tandem.audit;

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
import java.util.List;

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
                and (e.privateToParty is null or e.privateToParty = :party)
                and e.entityType in :visible""");
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
            query.setParameter("workspace", workspaceId).setParameter("party", grant.party().name())
                    .setParameter("visible", AuditedRecords.readableWith(grant));
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
                        select e from AuditEvent e
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

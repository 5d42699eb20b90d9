package io.tandem.audit;

import io.tandem.platform.NotFoundException;
import io.tandem.workspace.Permission;
import io.tandem.workspace.Tenancy;
import io.tandem.workspace.WorkspaceAccess;
import io.tandem.workspace.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/** Reads and verifies a workspace's audit trail, within the tenancy and party-privacy rules. */
@Stateless
@Tenancy
public class AuditService {

    public static final int MAX_PAGE_SIZE = 200;

    /**
     * Every audited table, with the permission needed to read its events. Events repeat a record's
     * full state, so a record the caller may not read stays out of their trail too; a table missing
     * here stays out of everyone's (AuditedRecordsTest makes sure none is missing).
     */
    static final Map<String, Permission> RECORD_ACCESS = Map.ofEntries(
            Map.entry("organisations", Permission.READ_AUDIT_TRAIL),
            Map.entry("workspaces", Permission.READ_AUDIT_TRAIL),
            Map.entry("user_accounts", Permission.READ_AUDIT_TRAIL),
            Map.entry("memberships", Permission.READ_AUDIT_TRAIL),
            Map.entry("internal_notes", Permission.READ_AUDIT_TRAIL),
            Map.entry("api_tokens", Permission.READ_AUDIT_TRAIL),
            Map.entry("contract_documents", Permission.VIEW_CONTRACTS),
            Map.entry("contracts", Permission.VIEW_CONTRACTS),
            Map.entry("obligations", Permission.VIEW_CONTRACTS),
            Map.entry("service_levels", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("service_level_targets", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("measurements", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("dispute_messages", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("reliefs", Permission.VIEW_SERVICE_LEVELS));

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
                    .setParameter("visible", visibleTo(grant));
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
                .setParameter("visible", visibleTo(grant))
                .getResultList();
    }

    /** One record's events, oldest first, for whoever may read that kind of record, within party privacy. */
    public List<AuditEntry> history(long workspaceId, String entityType, String entityId) {
        Permission needed = RECORD_ACCESS.get(entityType);
        if (needed == null) {
            throw new NotFoundException();
        }
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

    /** Never empty: every grant that reads a trail at all may read its open kinds of record. */
    private static List<String> visibleTo(WorkspaceGrant grant) {
        return RECORD_ACCESS.entrySet().stream()
                .filter(access -> grant.allows(access.getValue())).map(Map.Entry::getKey).sorted().toList();
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

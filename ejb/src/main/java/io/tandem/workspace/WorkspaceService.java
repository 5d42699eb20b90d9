package io.tandem.workspace;

import io.tandem.tenancy.Caller;
import io.tandem.tenancy.CallerAccount;
import io.tandem.tenancy.Membership;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.Workspace;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which workspaces a caller may see, and what they see of one. */
@Stateless
@Tenancy
public class WorkspaceService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    Caller caller;

    @Inject
    WorkspaceAccess access;

    /**
     * Workspaces reached through a membership, plus, for holders of an organisation-wide role,
     * every workspace their own organisation is a party to. A membership's role is shown in
     * preference to the organisation-wide one. The platform administrator sees none.
     */
    public List<WorkspaceSummary> visibleWorkspaces() {
        CallerAccount account = caller.account().orElse(null);
        if (account == null || account.platformAdmin()) {
            return List.of();
        }
        Map<Long, WorkspaceSummary> visible = new LinkedHashMap<>();
        em.createQuery("""
                        select m from Membership m
                        join fetch m.workspace w join fetch w.client join fetch w.provider
                        where m.user.id = :user""", Membership.class)
                .setParameter("user", account.id())
                .getResultList()
                .forEach(m -> visible.put(m.workspace().id(), summary(m.workspace(), m.role().name())));
        if (account.organisationRole() != null) {
            em.createQuery("""
                            select w from Workspace w join fetch w.client join fetch w.provider
                            where w.client.id = :organisation""", Workspace.class)
                    .setParameter("organisation", account.organisationId())
                    .getResultList()
                    .forEach(w -> visible.putIfAbsent(w.id(), summary(w, account.organisationRole().name())));
        }
        return visible.values().stream()
                .sorted(Comparator.comparing(WorkspaceSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One workspace as its home page shows it: the parties, the caller's access, the members. */
    public WorkspaceOverview overview(long workspaceId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_WORKSPACE);
        Workspace workspace = em.find(Workspace.class, workspaceId);
        List<WorkspaceOverview.Member> members = em.createQuery("""
                        select m from Membership m join fetch m.user u join fetch u.organisation
                        where m.workspace.id = :workspace order by u.displayName""", Membership.class)
                .setParameter("workspace", workspaceId)
                .getResultList().stream()
                .map(m -> new WorkspaceOverview.Member(m.user().displayName(), m.user().organisation().name(),
                        m.role().name()))
                .toList();
        return new WorkspaceOverview(workspace.id(), workspace.name(), workspace.client().name(),
                workspace.provider().name(), grant.party(), grant.access(), grant.permissions(), members);
    }

    private static WorkspaceSummary summary(Workspace workspace, String access) {
        return new WorkspaceSummary(workspace.id(), workspace.name(), workspace.client().name(),
                workspace.provider().name(), access);
    }
}

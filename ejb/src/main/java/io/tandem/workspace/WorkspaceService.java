package io.tandem.workspace;

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
import java.util.List;

/** Which workspaces a caller may see, and what they see of one. */
@Stateless
@Tenancy
public class WorkspaceService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /**
     * Workspaces reached through a membership, plus, for holders of an organisation-wide role,
     * every workspace their own organisation is a party to. A membership's role is shown in
     * preference to the organisation-wide one. The platform administrator sees none.
     */
    public List<WorkspaceSummary> visibleWorkspaces() {
        // the workspaces were read with the grants: found in the persistence context, not queried
        return access.all().stream()
                .map(grant -> summary(em.find(Workspace.class, grant.workspaceId()),
                        grant.role() != null ? grant.role().name() : grant.organisationRole().name()))
                .sorted(Comparator.comparing(WorkspaceSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * One workspace as every page inside it shows it: the parties and the caller's access. The
     * workspace and its parties were read with the access check, so this reads nothing more.
     */
    public WorkspaceOverview overview(long workspaceId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_WORKSPACE);
        Workspace workspace = em.find(Workspace.class, workspaceId);
        return new WorkspaceOverview(workspace.id(), workspace.name(), workspace.client().name(),
                workspace.provider().name(), grant.party(), grant.access(), grant.permissions());
    }

    /** One workspace as its home page and the API show it: the overview, and who works in it. */
    public WorkspaceDetails details(long workspaceId) {
        WorkspaceOverview overview = overview(workspaceId);
        List<WorkspaceDetails.Member> members = em.createQuery("""
                        select m from Membership m join fetch m.user u join fetch u.organisation
                        where m.workspace.id = :workspace order by u.displayName""", Membership.class)
                .setParameter("workspace", workspaceId)
                .getResultList().stream()
                .map(m -> new WorkspaceDetails.Member(m.user().displayName(), m.user().organisation().name(),
                        m.role().name()))
                .toList();
        return WorkspaceDetails.of(overview, members);
    }

    private static WorkspaceSummary summary(Workspace workspace, String access) {
        return new WorkspaceSummary(workspace.id(), workspace.name(), workspace.client().name(),
                workspace.provider().name(), access);
    }
}

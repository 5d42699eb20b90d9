package io.tandem.tenancy;

import io.tandem.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The application-side tenancy check: resolves what the caller may do in a workspace, or says
 * "not found" when they may not see it at all, whether it exists or not.
 */
@ApplicationScoped
public class WorkspaceAccess {

    @Inject
    Caller caller;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public WorkspaceGrant require(long workspaceId) {
        CallerAccount account = caller.account().orElseThrow(NotFoundException::new);
        if (account.platformAdmin()) {
            throw new NotFoundException();
        }
        Workspace workspace = em.find(Workspace.class, workspaceId);
        if (workspace == null) {
            throw new NotFoundException();
        }
        Membership membership = em.createQuery(
                        "select m from Membership m where m.workspace = :workspace and m.user.id = :user",
                        Membership.class)
                .setParameter("workspace", workspace)
                .setParameter("user", account.id())
                .getResultStream().findFirst().orElse(null);
        if (membership != null) {
            return new WorkspaceGrant(workspaceId, workspace.name(), account.id(), membership.role().party(),
                    membership.role(), null);
        }
        // Organisation-wide roles reach the client's own workspaces only: the client decides,
        // through memberships, which of the provider's people see a workspace.
        if (account.organisationRole() != null && workspace.client().id().equals(account.organisationId())) {
            return new WorkspaceGrant(workspaceId, workspace.name(), account.id(), Party.CLIENT, null,
                    account.organisationRole());
        }
        throw new NotFoundException();
    }
}

package io.tandem.tenancy;

import io.tandem.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * What the caller may do in the workspace, or "not found". Decided once per transaction, caller
     * and workspace, as {@link #all()}: a page's reading (the workspace, then its dashboard) and
     * services calling one another each ask. A refusal is not kept.
     */
    public WorkspaceGrant require(long workspaceId) {
        CallerAccount account = caller.account().orElseThrow(NotFoundException::new);
        if (account.platformAdmin()) {
            throw new NotFoundException();
        }
        return PerTransaction.get(transactions, WorkspaceAccess.class.getName() + ":grant:" + account.id() + ":"
                + workspaceId, () -> grant(account, workspaceId));
    }

    private WorkspaceGrant grant(CallerAccount account, long workspaceId) {
        // The workspace with its parties, which every page inside it names, and the caller's
        // membership there, if any: one statement.
        Object[] found = em.createQuery("""
                        select w, m from Workspace w join fetch w.client join fetch w.provider
                        left join Membership m on m.workspace = w and m.user.id = :user
                        where w.id = :workspace""", Object[].class)
                .setParameter("workspace", workspaceId)
                .setParameter("user", account.id())
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        Workspace workspace = (Workspace) found[0];
        Membership membership = (Membership) found[1];
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

    /**
     * Every workspace the caller reaches, with what they may do there, by the rule of
     * {@link #require}: a membership, else an organisation-wide role in the client's own
     * workspaces. Two queries however many workspaces, for pages that span them all; the
     * workspaces and their parties stay in the persistence context for the rest of the call.
     * Read once per transaction, as {@link Caller} reads the account: the page frame asks twice
     * (the workspace switcher, then the inbox). Memberships change only in
     * {@code UserAdministrationService}, which asks neither this nor {@link #require}; a transaction
     * that changed them and then asked again would see the grants it first read.
     */
    public List<WorkspaceGrant> all() {
        CallerAccount account = caller.account().orElse(null);
        if (account == null || account.platformAdmin()) {
            return List.of();
        }
        return PerTransaction.get(transactions, WorkspaceAccess.class.getName() + ":grants:" + account.id(),
                () -> read(account));
    }

    private List<WorkspaceGrant> read(CallerAccount account) {
        Map<Long, WorkspaceGrant> grants = new LinkedHashMap<>();
        em.createQuery("select m from Membership m join fetch m.workspace w join fetch w.client join fetch w.provider"
                        + " where m.user.id = :user",
                        Membership.class)
                .setParameter("user", account.id()).getResultList()
                .forEach(m -> grants.put(m.workspace().id(), new WorkspaceGrant(m.workspace().id(),
                        m.workspace().name(), account.id(), m.role().party(), m.role(), null)));
        if (account.organisationRole() != null) {
            em.createQuery("select w from Workspace w join fetch w.client join fetch w.provider"
                            + " where w.client.id = :organisation",
                            Workspace.class)
                    .setParameter("organisation", account.organisationId()).getResultList()
                    .forEach(w -> grants.putIfAbsent(w.id(), new WorkspaceGrant(w.id(), w.name(), account.id(),
                            Party.CLIENT, null, account.organisationRole())));
        }
        return List.copyOf(grants.values());
    }
}

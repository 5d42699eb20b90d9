package io.tandem.workspace;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which workspaces a caller may see, and how. */
@Stateless
public class WorkspaceService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    /**
     * Workspaces reached through a membership, plus, for holders of an organisation-wide role,
     * every workspace their own organisation is a party to. A membership's role is shown in
     * preference to the organisation-wide one. The platform administrator sees none.
     */
    public List<WorkspaceSummary> visibleWorkspaces(String callerEmail) {
        UserAccount caller = new UserAccounts(em).byEmail(callerEmail).filter(UserAccount::active).orElse(null);
        if (caller == null || caller.platformAdmin()) {
            return List.of();
        }
        Map<Long, WorkspaceSummary> visible = new LinkedHashMap<>();
        em.createQuery("""
                        select m from Membership m
                        join fetch m.workspace w join fetch w.client join fetch w.provider
                        where m.user = :user""", Membership.class)
                .setParameter("user", caller)
                .getResultList()
                .forEach(m -> visible.put(m.workspace().id(), summary(m.workspace(), m.role().name())));
        if (caller.organisationRole() != null) {
            em.createQuery("""
                            select w from Workspace w join fetch w.client join fetch w.provider
                            where w.client = :organisation or w.provider = :organisation""", Workspace.class)
                    .setParameter("organisation", caller.organisation())
                    .getResultList()
                    .forEach(w -> visible.putIfAbsent(w.id(), summary(w, caller.organisationRole().name())));
        }
        return visible.values().stream()
                .sorted(Comparator.comparing(WorkspaceSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static WorkspaceSummary summary(Workspace workspace, String access) {
        return new WorkspaceSummary(workspace.id(), workspace.name(), workspace.client().name(),
                workspace.provider().name(), access);
    }
}

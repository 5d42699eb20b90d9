package io.tandem.improvement;

import io.tandem.platform.ForbiddenException;
import io.tandem.platform.Money;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.Workspace;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Innovation figures ({@link InnovationFigures}) of one workspace, and of every workspace the caller sees as client. */
@Stateless
@Tenancy
public class InnovationService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    public InnovationFigures figures(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_IDEAS);
        return InnovationFigures.of(facts(workspaceId));
    }

    /**
     * The client's portfolio: each of its workspaces the caller sees from the client side, with its
     * figures. A provider's people have no portfolio: refused.
     */
    public List<WorkspaceInnovation> portfolio() {
        List<WorkspaceInnovation> rows = new ArrayList<>();
        for (WorkspaceGrant grant : access.all()) {
            if (grant.party() == Party.CLIENT && grant.allows(Permission.VIEW_IDEAS)) {
                Workspace workspace = em.find(Workspace.class, grant.workspaceId());
                rows.add(new WorkspaceInnovation(workspace.id(), workspace.name(), workspace.provider().name(),
                        InnovationFigures.of(facts(workspace.id()))));
            }
        }
        rows.sort(Comparator.comparing(WorkspaceInnovation::workspaceName, String.CASE_INSENSITIVE_ORDER));
        if (rows.isEmpty()) {
            throw new ForbiddenException();
        }
        return rows;
    }

    private List<InnovationFigures.Fact> facts(long workspaceId) {
        return em.createQuery("""
                        select i from Idea i left join fetch i.contract where i.workspaceId = :workspace""", Idea.class)
                .setParameter("workspace", workspaceId).getResultList().stream()
                .map(idea -> new InnovationFigures.Fact(idea.proposedByParty(), idea.status(),
                        idea.submittedAt().toLocalDate(), idea.implementedOn(),
                        idea.status() == IdeaStatus.BENEFIT_REALISED && idea.realisedSaving() != null
                                ? Money.of(idea.realisedSaving(), idea.currency()) : null))
                .toList();
    }
}

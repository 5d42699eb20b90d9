package io.tandem.improvement;

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
 * Ideas waiting for someone: submitted or under review for the client's decider; approved or in
 * progress for their owner on the caller's side; a realised benefit the other side recorded, for
 * those who confirm benefits.
 */
@ApplicationScoped
public class ImprovementInbox implements InboxSource {

    static final String IDEA_TO_DECIDE = "IDEA_TO_DECIDE";
    static final String IDEA_TO_IMPLEMENT = "IDEA_TO_IMPLEMENT";
    static final String BENEFIT_TO_CONFIRM = "BENEFIT_TO_CONFIRM";

    private static final String PAGE = "/improvement/idea";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Override
    public List<InboxItem> waitingFor(Collection<WorkspaceGrant> grants, LocalDate today) {
        List<InboxItem> items = new ArrayList<>();
        Map<Long, WorkspaceGrant> viewing = InboxSource.byWorkspace(grants, grant -> grant.allows(Permission.VIEW_IDEAS));
        if (viewing.isEmpty()) {
            return items;
        }
        List<Idea> open = em.createQuery("""
                        select i from Idea i where i.workspaceId in :workspaces and i.status in :open
                        order by i.submittedAt, i.id""", Idea.class)
                .setParameter("workspaces", viewing.keySet())
                .setParameter("open", List.of(IdeaStatus.SUBMITTED, IdeaStatus.UNDER_REVIEW, IdeaStatus.APPROVED,
                        IdeaStatus.IN_PROGRESS, IdeaStatus.IMPLEMENTED))
                .getResultList();
        for (Idea idea : open) {
            WorkspaceGrant grant = viewing.get(idea.workspaceId());
            String kind = kindFor(idea, grant);
            if (kind != null) {
                items.add(new InboxItem(kind, grant.workspaceId(), grant.workspaceName(), idea.id(), idea.title(),
                        null, null, false, PAGE, "idea"));
            }
        }
        return items;
    }

    private static String kindFor(Idea idea, WorkspaceGrant grant) {
        return switch (idea.status()) {
            case SUBMITTED, UNDER_REVIEW -> grant.allows(Permission.DECIDE_IDEAS) ? IDEA_TO_DECIDE : null;
            case APPROVED, IN_PROGRESS -> grant.allows(Permission.PROGRESS_IDEAS) && owns(idea, grant)
                    ? IDEA_TO_IMPLEMENT : null;
            case IMPLEMENTED -> grant.allows(Permission.CLAIM_BENEFIT) && idea.benefitClaimedParty() != null
                    && idea.benefitClaimedParty() != grant.party() ? BENEFIT_TO_CONFIRM : null;
            default -> null;
        };
    }

    private static boolean owns(Idea idea, WorkspaceGrant grant) {
        return idea.clientOwner() != null && idea.clientOwner().id() == grant.callerId()
                || idea.providerOwner() != null && idea.providerOwner().id() == grant.callerId();
    }
}

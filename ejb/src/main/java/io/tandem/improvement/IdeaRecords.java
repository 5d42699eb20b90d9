package io.tandem.improvement;

import io.tandem.contract.Contract;
import io.tandem.platform.DomainException;
import io.tandem.servicelevel.Actor;
import io.tandem.servicelevel.ServiceLevel;
import io.tandem.tenancy.Membership;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** This context's records inside one workspace ({@link WorkspaceScope}), who acts on them, and how they read back. */
final class IdeaRecords {

    private final EntityManager em;
    private final long workspaceId;
    private final WorkspaceScope scope;

    IdeaRecords(EntityManager em, long workspaceId) {
        this.em = em;
        this.workspaceId = workspaceId;
        this.scope = new WorkspaceScope(em, workspaceId);
    }

    Idea idea(long id) {
        return scope.find(Idea.class, id, Idea::workspaceId);
    }

    /** The idea as last read by the caller: a stale version is a conflict. */
    Idea idea(long id, long version) {
        Idea idea = idea(id);
        WorkspaceScope.requireVersion(idea, idea.version(), version);
        return idea;
    }

    IdeaAttachment attachment(long id) {
        return scope.find(IdeaAttachment.class, id, IdeaAttachment::workspaceId);
    }

    IdeaComment comment(long id) {
        return scope.find(IdeaComment.class, id, IdeaComment::workspaceId);
    }

    Contract contract(Long id) {
        return id == null ? null : scope.find(Contract.class, id, Contract::workspaceId);
    }

    List<ServiceLevel> serviceLevels(List<Long> ids) {
        return ids.stream().map(id -> scope.find(ServiceLevel.class, id, ServiceLevel::workspaceId)).toList();
    }

    /** A member of the workspace on the given side, or refused: an owner must be able to see the idea. */
    UserAccount owner(Long userId, Party side) {
        if (userId == null) {
            return null;
        }
        return em.createQuery("""
                        select m from Membership m join fetch m.user
                        where m.workspace.id = :workspace and m.user.id = :user""", Membership.class)
                .setParameter("workspace", workspaceId).setParameter("user", userId)
                .getResultStream().filter(m -> m.role().party() == side).map(Membership::user).findFirst()
                .orElseThrow(() -> new DomainException(side == Party.CLIENT ? "improvement.idea.owner.CLIENT"
                        : "improvement.idea.owner.PROVIDER"));
    }

    Actor actor(WorkspaceGrant grant, Clock clock) {
        return new Actor(em.find(UserAccount.class, grant.callerId()), grant.party(), OffsetDateTime.now(clock));
    }

    List<Idea> ideas() {
        return em.createQuery("""
                        select i from Idea i left join fetch i.contract join fetch i.proposedBy
                        where i.workspaceId = :workspace order by i.submittedAt desc, i.id desc""", Idea.class)
                .setParameter("workspace", workspaceId).getResultList();
    }

    /** Votes per idea in the workspace. */
    Map<Long, Long> votes() {
        Map<Long, Long> votes = new HashMap<>();
        em.createQuery("""
                        select v.idea.id, count(v) from IdeaVote v where v.workspaceId = :workspace
                        group by v.idea.id""", Object[].class)
                .setParameter("workspace", workspaceId).getResultList()
                .forEach(row -> votes.put((Long) row[0], (Long) row[1]));
        return votes;
    }

    boolean voted(Idea idea, long userId) {
        return vote(idea, userId) != null;
    }

    IdeaVote vote(Idea idea, long userId) {
        return em.createQuery("select v from IdeaVote v where v.idea = :idea and v.voter.id = :user", IdeaVote.class)
                .setParameter("idea", idea).setParameter("user", userId).getResultStream().findFirst().orElse(null);
    }

    IdeaDetails details(Idea idea, WorkspaceGrant grant, long votes, boolean voted) {
        boolean contributes = grant.allows(Permission.PROPOSE_IDEAS);
        return new IdeaDetails(idea.id(), idea.title(), idea.problem(), idea.proposal(), idea.touchpoint(),
                idea.effort(), idea.contract() == null ? null : idea.contract().id(),
                idea.contract() == null ? null : idea.contract().reference(), idea.currency(),
                idea.serviceLevels().stream().map(l -> new IdeaDetails.Level(l.id(), l.name())).toList(),
                idea.expectedSaving(), idea.expectedCsatPoints(), idea.expectedHandleSeconds(), idea.expectedNote(),
                idea.clientOwner() == null ? null : idea.clientOwner().id(), IdeaDetails.person(idea.clientOwner()),
                idea.providerOwner() == null ? null : idea.providerOwner().id(),
                IdeaDetails.person(idea.providerOwner()), IdeaDetails.person(idea.proposedBy()),
                idea.proposedByParty(), idea.submittedAt(), idea.status(), idea.statusChangedAt(),
                IdeaDetails.person(idea.decidedBy()), idea.rejectionReason(), idea.implementedOn(),
                idea.realisedSaving(), idea.realisedCsatPoints(), idea.realisedHandleSeconds(), idea.realisedNote(),
                IdeaDetails.person(idea.benefitClaimedBy()), idea.benefitClaimedParty(),
                IdeaDetails.person(idea.benefitConfirmedBy()),
                grant.allows(Permission.VIEW_CONTRACTS) ? idea.gainShare().orElse(null) : null, votes, voted,
                IdeaPipeline.next(idea.status(), grant, idea.benefitClaimedParty()),
                contributes && idea.status().editable() && grant.party() == idea.proposedByParty(),
                grant.allows(Permission.CLAIM_BENEFIT) && idea.status() == IdeaStatus.IMPLEMENTED, idea.version());
    }
}

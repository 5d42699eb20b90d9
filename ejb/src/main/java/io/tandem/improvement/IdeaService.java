package io.tandem.improvement;

import io.tandem.contract.Contract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.servicelevel.Actor;
import io.tandem.servicelevel.ServiceLevel;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.Membership;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Improvement ideas: proposing and editing them, moving them through the pipeline, recording and
 * confirming their benefit, votes and comments. The rules live in {@link Idea} and
 * {@link IdeaPipeline}; this finds, calls and stores.
 */
@Stateless
@Tenancy
public class IdeaService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    /** The workspace's ideas, newest first. */
    public List<IdeaDetails> ideas(long workspaceId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_IDEAS);
        IdeaRecords records = records(workspaceId);
        Map<Long, Long> votes = records.votes();
        return records.ideas().stream()
                .map(idea -> records.details(idea, grant, votes.getOrDefault(idea.id(), 0L), false)).toList();
    }

    public IdeaDetails idea(long workspaceId, long ideaId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_IDEAS);
        return details(records(workspaceId), records(workspaceId).idea(ideaId), grant);
    }

    /** What the idea form offers the caller. */
    public IdeaChoices choices(long workspaceId) {
        access.require(workspaceId).require(Permission.PROPOSE_IDEAS);
        List<IdeaChoices.Choice> contracts = em.createQuery(
                        "select c from Contract c where c.workspace.id = :workspace order by c.reference", Contract.class)
                .setParameter("workspace", workspaceId).getResultList().stream()
                .map(c -> new IdeaChoices.Choice(c.id(), c.reference())).toList();
        List<IdeaChoices.Choice> levels = em.createQuery("""
                        select l from ServiceLevel l join fetch l.contract where l.workspaceId = :workspace
                        order by l.contract.reference, l.name""", ServiceLevel.class)
                .setParameter("workspace", workspaceId).getResultList().stream()
                .map(l -> new IdeaChoices.Choice(l.id(), l.contract().reference() + " · " + l.name())).toList();
        List<Membership> members = em.createQuery("""
                        select m from Membership m join fetch m.user where m.workspace.id = :workspace""",
                        Membership.class)
                .setParameter("workspace", workspaceId).getResultList();
        return new IdeaChoices(contracts, levels, people(members, Party.CLIENT), people(members, Party.PROVIDER));
    }

    /**
     * Proposes an idea. The proposal is read only once the caller may propose: someone without the
     * permission learns that, not what is wrong with the text they sent.
     */
    public IdeaDetails propose(long workspaceId, Supplier<IdeaProposal> proposal) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.PROPOSE_IDEAS);
        IdeaProposal content = proposal.get();
        IdeaRecords records = records(workspaceId);
        Idea idea = new Idea(workspaceId, content, records.contract(content.contractId()),
                records.serviceLevels(content.serviceLevelIds()), records.owner(content.clientOwnerId(), Party.CLIENT),
                records.owner(content.providerOwnerId(), Party.PROVIDER), records.actor(grant, clock));
        em.persist(idea);
        em.flush();
        return details(records, idea, grant);
    }

    public IdeaDetails edit(long workspaceId, long ideaId, long version, Supplier<IdeaProposal> proposal) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.PROPOSE_IDEAS);
        IdeaProposal content = proposal.get();
        IdeaRecords records = records(workspaceId);
        Idea idea = records.idea(ideaId, version);
        idea.edit(content, records.contract(content.contractId()), records.serviceLevels(content.serviceLevelIds()),
                records.owner(content.clientOwnerId(), Party.CLIENT),
                records.owner(content.providerOwnerId(), Party.PROVIDER), records.actor(grant, clock));
        em.flush();
        return details(records, idea, grant);
    }

    /**
     * Moves an idea one step, as {@link IdeaPipeline} allows the caller: a reason for a rejection,
     * the date for an implementation (today when not given).
     */
    public IdeaDetails move(long workspaceId, long ideaId, long version, IdeaStatus to, String reason,
                            LocalDate implementedOn) {
        WorkspaceGrant grant = access.require(workspaceId);
        if (!grant.allows(Permission.DECIDE_IDEAS) && !grant.allows(Permission.PROGRESS_IDEAS)
                && !grant.allows(Permission.CLAIM_BENEFIT)) {
            throw new ForbiddenException();
        }
        IdeaRecords records = records(workspaceId);
        Idea idea = records.idea(ideaId, version);
        if (to == null) {
            throw new DomainException("improvement.idea.move.required");
        }
        idea.moveTo(to, grant, reason, implementedOn, records.actor(grant, clock));
        em.flush();
        return details(records, idea, grant);
    }

    /** Records (or replaces the other side's pending record of) an implemented idea's realised benefit. */
    public IdeaDetails recordBenefit(long workspaceId, long ideaId, long version, RealisedBenefit benefit) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.CLAIM_BENEFIT);
        IdeaRecords records = records(workspaceId);
        Idea idea = records.idea(ideaId, version);
        idea.recordBenefit(benefit, records.actor(grant, clock));
        em.flush();
        return details(records, idea, grant);
    }

    /** Casts the caller's vote, or withdraws it when already cast: one vote per user. */
    public IdeaDetails toggleVote(long workspaceId, long ideaId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.PROPOSE_IDEAS);
        IdeaRecords records = records(workspaceId);
        Idea idea = records.idea(ideaId);
        IdeaVote vote = records.vote(idea, grant.callerId());
        if (vote == null) {
            Actor actor = records.actor(grant, clock);
            em.persist(new IdeaVote(idea, actor.user(), actor.at()));
        } else {
            em.remove(vote);
        }
        em.flush();
        return details(records, idea, grant);
    }

    public List<CommentDetails> comments(long workspaceId, long ideaId) {
        access.require(workspaceId).require(Permission.VIEW_IDEAS);
        Idea idea = records(workspaceId).idea(ideaId);
        return Threads.ordered(em.createQuery("""
                        select c from IdeaComment c join fetch c.author a join fetch a.organisation
                        where c.idea = :idea""", IdeaComment.class)
                .setParameter("idea", idea).getResultList());
    }

    /** Adds a comment, or a reply to {@code parentId}; returns the discussion in thread order. */
    public List<CommentDetails> comment(long workspaceId, long ideaId, Long parentId, String body) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.PROPOSE_IDEAS);
        IdeaRecords records = records(workspaceId);
        Idea idea = records.idea(ideaId);
        IdeaComment parent = parentId == null ? null : records.comment(parentId);
        em.persist(new IdeaComment(idea, parent, body, records.actor(grant, clock)));
        em.flush();
        return comments(workspaceId, ideaId);
    }

    private IdeaDetails details(IdeaRecords records, Idea idea, WorkspaceGrant grant) {
        long votes = em.createQuery("select count(v) from IdeaVote v where v.idea = :idea", Long.class)
                .setParameter("idea", idea).getSingleResult();
        return records.details(idea, grant, votes, records.voted(idea, grant.callerId()));
    }

    private static List<IdeaChoices.Choice> people(List<Membership> members, Party side) {
        return members.stream().filter(m -> m.role().party() == side).map(Membership::user)
                .sorted(Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(u -> new IdeaChoices.Choice(u.id(), u.displayName())).toList();
    }

    private IdeaRecords records(long workspaceId) {
        return new IdeaRecords(em, workspaceId);
    }
}

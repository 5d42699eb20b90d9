package io.tandem.improvement;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.WorkspaceGrant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Who may move an idea from where to where: the one transition matrix, in plain Java.
 *
 * <pre>
 * move              from                      to                who
 * REVIEW            SUBMITTED                 UNDER_REVIEW      client, DECIDE_IDEAS (relationship manager)
 * APPROVE           UNDER_REVIEW              APPROVED          client, DECIDE_IDEAS
 * REJECT            SUBMITTED, UNDER_REVIEW   REJECTED          client, DECIDE_IDEAS, with a reason
 * START             APPROVED                  IN_PROGRESS       either side, PROGRESS_IDEAS
 * IMPLEMENT         IN_PROGRESS               IMPLEMENTED       either side, PROGRESS_IDEAS, with the date
 * CONFIRM_BENEFIT   IMPLEMENTED               BENEFIT_REALISED  the side that did not record the benefit, CLAIM_BENEFIT
 * </pre>
 *
 * The client decides because it pays for and lives with the change; implementing is joint work,
 * so either side reports progress; a realised benefit counts only once the side that did not
 * claim it agrees (recording it, by either side, is not a move: the idea stays implemented). A
 * move that does not exist from the idea's status is refused with 422, a move the caller's role or
 * side may not make with 403, each with a message saying who may.
 */
public final class IdeaPipeline {

    /** Which side may make a move. */
    enum Side {
        CLIENT, EITHER, OTHER_THAN_CLAIMANT
    }

    /** One step of the pipeline. */
    public enum Move {
        REVIEW(Set.of(IdeaStatus.SUBMITTED), IdeaStatus.UNDER_REVIEW, Permission.DECIDE_IDEAS, Side.CLIENT),
        APPROVE(Set.of(IdeaStatus.UNDER_REVIEW), IdeaStatus.APPROVED, Permission.DECIDE_IDEAS, Side.CLIENT),
        REJECT(Set.of(IdeaStatus.SUBMITTED, IdeaStatus.UNDER_REVIEW), IdeaStatus.REJECTED, Permission.DECIDE_IDEAS,
                Side.CLIENT),
        START(Set.of(IdeaStatus.APPROVED), IdeaStatus.IN_PROGRESS, Permission.PROGRESS_IDEAS, Side.EITHER),
        IMPLEMENT(Set.of(IdeaStatus.IN_PROGRESS), IdeaStatus.IMPLEMENTED, Permission.PROGRESS_IDEAS, Side.EITHER),
        CONFIRM_BENEFIT(Set.of(IdeaStatus.IMPLEMENTED), IdeaStatus.BENEFIT_REALISED, Permission.CLAIM_BENEFIT,
                Side.OTHER_THAN_CLAIMANT);

        private final Set<IdeaStatus> from;
        private final IdeaStatus to;
        private final Permission permission;
        private final Side side;

        Move(Set<IdeaStatus> from, IdeaStatus to, Permission permission, Side side) {
            this.from = from;
            this.to = to;
            this.permission = permission;
            this.side = side;
        }

        public IdeaStatus to() {
            return to;
        }

        public Permission permission() {
            return permission;
        }

        /** Whether this grant's role and side make the move, the benefit having been claimed by {@code claimant}. */
        boolean allowedTo(WorkspaceGrant grant, Party claimant) {
            if (!grant.allows(permission)) {
                return false;
            }
            return switch (side) {
                case CLIENT -> grant.party() == Party.CLIENT;
                case EITHER -> grant.party() == Party.CLIENT || grant.party() == Party.PROVIDER;
                case OTHER_THAN_CLAIMANT -> claimant != null && grant.party() != claimant
                        && grant.party() != Party.THIRD_PARTY;
            };
        }
    }

    private IdeaPipeline() {
    }

    /**
     * The move from {@code from} to {@code to}, if the grant may make it; {@code claimant} is the side
     * that recorded the realised benefit, or null while none is recorded.
     */
    public static Move require(IdeaStatus from, IdeaStatus to, WorkspaceGrant grant, Party claimant) {
        Move move = Arrays.stream(Move.values()).filter(m -> m.to == to && m.from.contains(from)).findFirst()
                .orElseThrow(() -> new DomainException(impossible(to)));
        if (move == Move.CONFIRM_BENEFIT && claimant == null) {
            throw new DomainException("improvement.idea.benefit.unclaimed");
        }
        if (!move.allowedTo(grant, claimant)) {
            throw new ForbiddenException(move == Move.CONFIRM_BENEFIT && grant.party() == claimant
                    ? "improvement.idea.benefit.ownClaim" : "improvement.idea.move.forbidden." + to);
        }
        return move;
    }

    /** Each target status names who may reach it from where: "Only an idea under review can be approved." */
    private static String impossible(IdeaStatus to) {
        return "improvement.idea.move.impossible." + to;
    }

    /** The statuses this grant may move an idea to now, in pipeline order. */
    public static List<IdeaStatus> next(IdeaStatus from, WorkspaceGrant grant, Party claimant) {
        return Arrays.stream(Move.values())
                .filter(m -> m.from.contains(from) && m.allowedTo(grant, claimant))
                .filter(m -> m != Move.CONFIRM_BENEFIT || claimant != null)
                .map(Move::to).toList();
    }
}

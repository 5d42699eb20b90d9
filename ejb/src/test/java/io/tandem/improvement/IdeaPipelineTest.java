package io.tandem.improvement;

import static io.tandem.improvement.IdeaStatus.APPROVED;
import static io.tandem.improvement.IdeaStatus.BENEFIT_REALISED;
import static io.tandem.improvement.IdeaStatus.IMPLEMENTED;
import static io.tandem.improvement.IdeaStatus.IN_PROGRESS;
import static io.tandem.improvement.IdeaStatus.REJECTED;
import static io.tandem.improvement.IdeaStatus.SUBMITTED;
import static io.tandem.improvement.IdeaStatus.UNDER_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.tenancy.OrganisationRole;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Role;
import io.tandem.tenancy.WorkspaceGrant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaPipelineTest {

    private static final WorkspaceGrant RM = grant(Role.CLIENT_RELATIONSHIP_MANAGER);
    private static final WorkspaceGrant PROCUREMENT = grant(Role.PROCUREMENT);
    private static final WorkspaceGrant ANALYST = grant(Role.CLIENT_ANALYST);
    private static final WorkspaceGrant ACCOUNT_MANAGER = grant(Role.PROVIDER_ACCOUNT_MANAGER);
    private static final WorkspaceGrant TEAM_MEMBER = grant(Role.PROVIDER_TEAM_MEMBER);
    private static final WorkspaceGrant REVIEWER = grant(Role.EXTERNAL_REVIEWER);
    private static final WorkspaceGrant PORTFOLIO = new WorkspaceGrant(1, "W", 9, Party.CLIENT, null,
            OrganisationRole.PORTFOLIO_VIEWER);

    @Test
    void theClientsRelationshipManagerReviewsApprovesAndRejects() {
        assertEquals(IdeaPipeline.Move.REVIEW, IdeaPipeline.require(SUBMITTED, UNDER_REVIEW, RM, null));
        assertEquals(IdeaPipeline.Move.APPROVE, IdeaPipeline.require(UNDER_REVIEW, APPROVED, RM, null));
        assertEquals(IdeaPipeline.Move.REJECT, IdeaPipeline.require(SUBMITTED, REJECTED, RM, null));
        assertEquals(IdeaPipeline.Move.REJECT, IdeaPipeline.require(UNDER_REVIEW, REJECTED, RM, null));
    }

    @Test
    void theProviderAndTheClientsOtherRolesMayNotDecide() {
        for (WorkspaceGrant grant : List.of(ACCOUNT_MANAGER, TEAM_MEMBER, PROCUREMENT, ANALYST, REVIEWER, PORTFOLIO)) {
            assertEquals("improvement.idea.move.forbidden.APPROVED", assertThrows(ForbiddenException.class,
                    () -> IdeaPipeline.require(UNDER_REVIEW, APPROVED, grant, null)).messageKey(), grant.access());
            assertEquals("improvement.idea.move.forbidden.REJECTED", assertThrows(ForbiddenException.class,
                    () -> IdeaPipeline.require(SUBMITTED, REJECTED, grant, null)).messageKey(), grant.access());
        }
    }

    @Test
    void eitherSideReportsProgress() {
        for (WorkspaceGrant grant : List.of(RM, ACCOUNT_MANAGER, TEAM_MEMBER)) {
            assertEquals(IdeaPipeline.Move.START, IdeaPipeline.require(APPROVED, IN_PROGRESS, grant, null));
            assertEquals(IdeaPipeline.Move.IMPLEMENT, IdeaPipeline.require(IN_PROGRESS, IMPLEMENTED, grant, null));
        }
        for (WorkspaceGrant grant : List.of(PROCUREMENT, ANALYST, REVIEWER, PORTFOLIO)) {
            assertThrows(ForbiddenException.class, () -> IdeaPipeline.require(APPROVED, IN_PROGRESS, grant, null));
        }
    }

    @Test
    void aStepThatDoesNotExistFromWhereTheIdeaStandsIsRefusedWhoeverAsks() {
        assertEquals("improvement.idea.move.impossible.APPROVED", assertThrows(DomainException.class,
                () -> IdeaPipeline.require(SUBMITTED, APPROVED, RM, null)).messageKey());
        assertEquals("improvement.idea.move.impossible.IMPLEMENTED", assertThrows(DomainException.class,
                () -> IdeaPipeline.require(APPROVED, IMPLEMENTED, ACCOUNT_MANAGER, null)).messageKey());
        assertEquals("improvement.idea.move.impossible.UNDER_REVIEW", assertThrows(DomainException.class,
                () -> IdeaPipeline.require(REJECTED, UNDER_REVIEW, RM, null)).messageKey());
        assertEquals("improvement.idea.move.impossible.REJECTED", assertThrows(DomainException.class,
                () -> IdeaPipeline.require(APPROVED, REJECTED, RM, null)).messageKey());
        assertEquals("improvement.idea.move.impossible.SUBMITTED", assertThrows(DomainException.class,
                () -> IdeaPipeline.require(UNDER_REVIEW, SUBMITTED, RM, null)).messageKey());
    }

    @Test
    void theSideThatDidNotRecordTheBenefitConfirmsIt() {
        assertEquals(IdeaPipeline.Move.CONFIRM_BENEFIT,
                IdeaPipeline.require(IMPLEMENTED, BENEFIT_REALISED, RM, Party.PROVIDER));
        assertEquals(IdeaPipeline.Move.CONFIRM_BENEFIT,
                IdeaPipeline.require(IMPLEMENTED, BENEFIT_REALISED, ACCOUNT_MANAGER, Party.CLIENT));
        assertEquals("improvement.idea.benefit.ownClaim", assertThrows(ForbiddenException.class,
                () -> IdeaPipeline.require(IMPLEMENTED, BENEFIT_REALISED, ACCOUNT_MANAGER, Party.PROVIDER)).messageKey());
        assertEquals("improvement.idea.move.forbidden.BENEFIT_REALISED", assertThrows(ForbiddenException.class,
                () -> IdeaPipeline.require(IMPLEMENTED, BENEFIT_REALISED, TEAM_MEMBER, Party.CLIENT)).messageKey());
        assertEquals("improvement.idea.benefit.unclaimed", assertThrows(DomainException.class,
                () -> IdeaPipeline.require(IMPLEMENTED, BENEFIT_REALISED, RM, null)).messageKey());
    }

    @Test
    void nextListsWhatTheCallerMayDoNow() {
        assertEquals(List.of(UNDER_REVIEW, REJECTED), IdeaPipeline.next(SUBMITTED, RM, null));
        assertEquals(List.of(APPROVED, REJECTED), IdeaPipeline.next(UNDER_REVIEW, RM, null));
        assertEquals(List.of(), IdeaPipeline.next(UNDER_REVIEW, ACCOUNT_MANAGER, null));
        assertEquals(List.of(IN_PROGRESS), IdeaPipeline.next(APPROVED, TEAM_MEMBER, null));
        assertEquals(List.of(), IdeaPipeline.next(IMPLEMENTED, RM, null));
        assertEquals(List.of(BENEFIT_REALISED), IdeaPipeline.next(IMPLEMENTED, RM, Party.PROVIDER));
        assertEquals(List.of(), IdeaPipeline.next(IMPLEMENTED, ACCOUNT_MANAGER, Party.PROVIDER));
        assertEquals(List.of(), IdeaPipeline.next(BENEFIT_REALISED, RM, Party.PROVIDER));
        assertEquals(List.of(), IdeaPipeline.next(REJECTED, RM, null));
    }

    private static WorkspaceGrant grant(Role role) {
        return new WorkspaceGrant(1, "W", 9, role.party(), role, null);
    }
}

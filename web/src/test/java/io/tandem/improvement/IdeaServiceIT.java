package io.tandem.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ContractType;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.MeasurementSource;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.NewServiceLevel;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.workspace.OwnerSql;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ideas against the database, under a contract whose regime gives the client 40% of realised
 * gains, with "Answered in 20 s" (higher is better) measured monthly. The provider proposes; the
 * client decides; either side implements; a benefit one side records the other confirms.
 */
class IdeaServiceIT extends TwoEngagementsTest {

    @Inject
    ContractService contracts;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    IdeaService ideas;

    @Inject
    MeasuredBenefitService measured;

    @Inject
    InnovationService innovation;

    @Inject
    OwnerSql ownerSql;

    private long workspace;
    private long contract;
    private ServiceLevelDetails answered;

    @BeforeEach
    void aContractWithAGainShareAndAMeasuredLevel() throws Exception {
        workspace = tenants.withFirstProvider();
        String rm = tenants.relationshipManager();
        var draft = as(rm, () -> contracts.create(workspace, new NewContract("MSA-IDEAS", ContractType.MASTER_AGREEMENT,
                null, "Claims", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), 90, "", "GBP",
                new BigDecimal("1200000.00"), new BigDecimal("100000.00"))));
        contract = draft.id();
        var withRegime = as(rm, () -> contracts.setCreditRegime(workspace, contract, draft.version(), new CreditRegime(
                new BigDecimal("10"), new BigDecimal("100"), 0, BigDecimal.ZERO, new BigDecimal("40"))));
        as(rm, () -> contracts.moveTo(workspace, contract, withRegime.version(), ContractStatus.IN_REVIEW));
        answered = as(rm, () -> serviceLevels.define(workspace, contract, new NewServiceLevel("Answered in 20 s",
                Metric.SERVICE_LEVEL, 20, null, null, false, BigDecimal.ZERO, YearMonth.of(2025, 1), null,
                new BigDecimal("80"), new BigDecimal("75"))));
    }

    @Test
    void aProviderIdeaGoesThroughThePipelineAndItsBenefitIsSplitUnderTheRegime() throws Exception {
        String am = tenants.firstAccountManager();
        String rm = tenants.relationshipManager();
        IdeaDetails proposed = as(am, () -> ideas.propose(workspace, () -> proposal("Callback instead of queueing")));
        assertEquals(IdeaStatus.SUBMITTED, proposed.status());
        assertEquals(io.tandem.tenancy.Party.PROVIDER, proposed.proposedByParty());
        assertEquals(List.of(), proposed.nextStatuses(), "the provider does not decide");

        ForbiddenException providerApproves = assertThrows(ForbiddenException.class, () -> as(am,
                () -> ideas.move(workspace, proposed.id(), proposed.version(), IdeaStatus.UNDER_REVIEW, null, null)));
        assertEquals("improvement.idea.move.forbidden.UNDER_REVIEW", providerApproves.messageKey());
        assertEquals("improvement.idea.move.impossible.APPROVED", assertThrows(DomainException.class, () -> as(rm,
                () -> ideas.move(workspace, proposed.id(), proposed.version(), IdeaStatus.APPROVED, null, null)))
                .messageKey());
        assertThrows(ForbiddenException.class, () -> as(tenants.procurement(),
                () -> ideas.move(workspace, proposed.id(), proposed.version(), IdeaStatus.UNDER_REVIEW, null, null)));

        IdeaDetails review = as(rm, () -> ideas.move(workspace, proposed.id(), proposed.version(),
                IdeaStatus.UNDER_REVIEW, null, null));
        assertEquals(List.of(IdeaStatus.APPROVED, IdeaStatus.REJECTED), review.nextStatuses());
        IdeaDetails approved = as(rm, () -> ideas.move(workspace, proposed.id(), review.version(), IdeaStatus.APPROVED,
                null, null));
        assertTrue(approved.decidedBy().startsWith("rm "), approved.decidedBy());
        assertEquals("improvement.idea.edit.decided", assertThrows(DomainException.class, () -> as(am,
                () -> ideas.edit(workspace, proposed.id(), approved.version(), () -> proposal("Too late")))).messageKey());

        IdeaDetails started = as(tenants.firstTeamMember(), () -> ideas.move(workspace, proposed.id(),
                approved.version(), IdeaStatus.IN_PROGRESS, null, null));
        IdeaDetails implemented = as(rm, () -> ideas.move(workspace, proposed.id(), started.version(),
                IdeaStatus.IMPLEMENTED, null, null));
        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC), implemented.implementedOn());
        assertEquals("improvement.idea.benefit.unclaimed", assertThrows(DomainException.class, () -> as(rm,
                () -> ideas.move(workspace, proposed.id(), implemented.version(), IdeaStatus.BENEFIT_REALISED, null,
                        null))).messageKey());

        IdeaDetails claimed = as(am, () -> ideas.recordBenefit(workspace, proposed.id(), implemented.version(),
                new RealisedBenefit(new BigDecimal("120000.00"), new BigDecimal("2.5"), 12, "Fewer abandoned calls")));
        assertEquals(List.of(), claimed.nextStatuses(), "the claimant does not confirm its own claim");
        assertEquals("improvement.idea.benefit.ownClaim", assertThrows(ForbiddenException.class, () -> as(am,
                () -> ideas.move(workspace, proposed.id(), claimed.version(), IdeaStatus.BENEFIT_REALISED, null, null)))
                .messageKey());
        IdeaDetails realised = as(rm, () -> ideas.move(workspace, proposed.id(), claimed.version(),
                IdeaStatus.BENEFIT_REALISED, null, null));

        assertEquals(IdeaStatus.BENEFIT_REALISED, realised.status());
        // 120,000.00 x 40% = 48,000.00 to the client; 72,000.00 to the provider
        assertEquals(new BigDecimal("48000.00"), realised.gainShare().client());
        assertEquals(new BigDecimal("72000.00"), realised.gainShare().provider());
        assertEquals("120000.00 x 40% = 48000.00; 120000.00 - 48000.00 = 72000.00 GBP", realised.gainShare().formula());
        assertNull(as(tenants.firstTeamMember(), () -> ideas.idea(workspace, proposed.id())).gainShare(),
                "a team member reads no contract terms, so no split");

        InnovationFigures figures = as(tenants.analyst(), () -> innovation.figures(workspace));
        assertEquals(1, figures.byProvider());
        assertEquals(new BigDecimal("100.00"), figures.approvalRatePercent());
        assertEquals(List.of(new InnovationFigures.Total("GBP", new BigDecimal("120000.00"))), figures.realisedValue());
        assertEquals(1, as(tenants.portfolioViewer(), () -> innovation.portfolio()).stream()
                .filter(row -> row.workspaceId() == workspace).count());
        assertThrows(ForbiddenException.class, () -> as(am, () -> innovation.portfolio()));
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheIdea() throws Exception {
        String rm = tenants.relationshipManager();
        IdeaDetails idea = as(tenants.procurement(), () -> ideas.propose(workspace, () -> proposal("Weekend opening")));

        assertEquals("improvement.idea.rejectionReason", assertThrows(DomainException.class, () -> as(rm,
                () -> ideas.move(workspace, idea.id(), idea.version(), IdeaStatus.REJECTED, "  ", null))).messageKey());
        IdeaDetails rejected = as(rm, () -> ideas.move(workspace, idea.id(), idea.version(), IdeaStatus.REJECTED,
                "Volumes do not justify it", null));

        assertEquals("Volumes do not justify it", rejected.rejectionReason());
        assertEquals(List.of(), rejected.nextStatuses());
        assertThrows(DomainException.class, () -> as(rm,
                () -> ideas.move(workspace, idea.id(), rejected.version(), IdeaStatus.UNDER_REVIEW, null, null)));
    }

    @Test
    void whoMayProposeAndWhoMayNot() throws Exception {
        assertThrows(ForbiddenException.class, () -> as(tenants.analyst(),
                () -> ideas.propose(workspace, () -> proposal("Analyst idea"))));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> ideas.propose(workspace, () -> proposal("Foreign idea"))));
        assertEquals("improvement.idea.owner.CLIENT", assertThrows(DomainException.class,
                () -> as(tenants.firstAccountManager(), () -> ideas.propose(workspace, () -> new IdeaProposal("Owned", "P",
                        "Q", null, Effort.SMALL, null, List.of(), null, null, null, null, providerUserId(), null))))
                .messageKey());
        assertEquals(List.of(), as(tenants.relationshipManager(), () -> ideas.ideas(workspace)));
    }

    @Test
    void oneVotePerUserCastAgainWithdrawsIt() throws Exception {
        IdeaDetails idea = as(tenants.firstAccountManager(), () -> ideas.propose(workspace, () -> proposal("Shorter IVR")));

        assertEquals(1, as(tenants.firstAccountManager(), () -> ideas.toggleVote(workspace, idea.id())).votes());
        IdeaDetails two = as(tenants.relationshipManager(), () -> ideas.toggleVote(workspace, idea.id()));
        assertEquals(2, two.votes());
        assertTrue(two.voted());
        IdeaDetails withdrawn = as(tenants.firstAccountManager(), () -> ideas.toggleVote(workspace, idea.id()));
        assertEquals(1, withdrawn.votes());
        assertFalse(withdrawn.voted());
        assertThrows(ForbiddenException.class, () -> as(tenants.analyst(), () -> ideas.toggleVote(workspace, idea.id())));
    }

    @Test
    void twoEditsFromTheSameReadTheSecondIsAConflict() throws Exception {
        String am = tenants.firstAccountManager();
        IdeaDetails idea = as(am, () -> ideas.propose(workspace, () -> proposal("First wording")));
        as(tenants.firstTeamMember(), () -> ideas.edit(workspace, idea.id(), idea.version(), () -> proposal("Second wording")));

        EJBException stale = assertThrows(EJBException.class,
                () -> as(am, () -> ideas.edit(workspace, idea.id(), idea.version(), () -> proposal("Third wording"))));
        assertTrue(stale.getCause() instanceof OptimisticLockException, String.valueOf(stale.getCause()));
        assertEquals("Second wording", as(am, () -> ideas.idea(workspace, idea.id())).title());
        assertEquals("improvement.idea.edit.otherSide", assertThrows(ForbiddenException.class, () -> as(
                tenants.relationshipManager(), () -> ideas.edit(workspace, idea.id(), idea.version() + 1,
                        () -> proposal("Client rewrites it")))).messageKey());
    }

    @Test
    void commentsThreadInTimeOrderWithTheirAuthorsOrganisation() throws Exception {
        IdeaDetails idea = as(tenants.firstAccountManager(), () -> ideas.propose(workspace, () -> proposal("Chat deflection")));
        List<CommentDetails> first = as(tenants.relationshipManager(),
                () -> ideas.comment(workspace, idea.id(), null, "What does it cost?"));
        as(tenants.firstAccountManager(), () -> ideas.comment(workspace, idea.id(), null, "A second question"));
        List<CommentDetails> thread = as(tenants.firstAccountManager(),
                () -> ideas.comment(workspace, idea.id(), first.get(0).id(), "Two weeks of work"));

        assertEquals(List.of("What does it cost?", "Two weeks of work", "A second question"),
                thread.stream().map(CommentDetails::body).toList());
        assertEquals(List.of(0, 1, 0), thread.stream().map(CommentDetails::depth).toList());
        assertEquals("rm " + tenants.tag() + " (Client " + tenants.tag() + ")", thread.get(0).author());
    }

    @Test
    void theBenefitIsMeasuredFromTheLevelsSettledMonthsBeforeAndAfter() throws Exception {
        String am = tenants.firstAccountManager();
        String rm = tenants.relationshipManager();
        // March-May 2026: 70, 72, 74 (mean 72.00); July-September: 80, 81, 83 (mean 81.33); August is left
        // awaiting review and so does not count: after = (80 + 83) / 2 = 81.50
        String[][] months = {{"2026-03", "70"}, {"2026-04", "72"}, {"2026-05", "74"}, {"2026-06", "60"},
            {"2026-07", "80"}, {"2026-08", "81"}, {"2026-09", "83"}};
        for (String[] month : months) {
            MeasurementDetails submitted = as(am, () -> measurements.submit(workspace, answered.id(),
                    YearMonth.parse(month[0]), new BigDecimal(month[1]), null, null, "ACD", MeasurementSource.MANUAL));
            if (!month[0].equals("2026-08")) {
                as(rm, () -> measurements.accept(workspace, submitted.id(), submitted.version()));
            }
        }
        IdeaProposal content = new IdeaProposal("Skills-based routing", "Long waits", "Route by skill", "Claims line",
                Effort.MEDIUM, contract, List.of(answered.id()), null, null, null, null, null, null);
        IdeaDetails idea = as(am, () -> ideas.propose(workspace, () -> content));
        ownerSql.execute("update improvement_ideas set submitted_at = '2026-01-15T09:00:00Z' where id = ?", idea.id());
        long review = as(rm, () -> ideas.move(workspace, idea.id(), idea.version(), IdeaStatus.UNDER_REVIEW, null,
                null)).version();
        long approved = as(rm, () -> ideas.move(workspace, idea.id(), review, IdeaStatus.APPROVED, null, null))
                .version();
        long started = as(am, () -> ideas.move(workspace, idea.id(), approved, IdeaStatus.IN_PROGRESS, null, null))
                .version();
        as(am, () -> ideas.move(workspace, idea.id(), started, IdeaStatus.IMPLEMENTED, null, LocalDate.of(2026, 6, 10)));

        List<MeasuredChange> changes = as(tenants.analyst(), () -> measured.measured(workspace, idea.id(), 3));

        assertEquals(1, changes.size());
        MeasuredChange change = changes.get(0);
        assertEquals(new BigDecimal("72.00"), change.before());
        assertEquals(new BigDecimal("81.50"), change.after());
        assertEquals(new BigDecimal("9.50"), change.change());
        assertEquals(2, change.monthsAfter());
        assertTrue(change.improved());
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(), () -> measured.measured(workspace, idea.id(), 3)));
    }

    private IdeaProposal proposal(String title) {
        return new IdeaProposal(title, "Customers wait too long", "Offer a callback", "Claims first notice",
                Effort.SMALL, contract, List.of(), null, new BigDecimal("1.5"), null, null, null, null);
    }

    private long providerUserId() {
        return Long.parseLong(ownerSql.strings("select id::text from user_accounts where email = '"
                + tenants.firstAccountManager() + "'").get(0));
    }
}

package io.tandem.servicelevel;

import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ContractType;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relief against the database, under a contract from January 2025 to December 2029 with 10% of
 * 100,000.00 GBP monthly charges at risk and no earn-back: "Answered in 20 s" (80/75) holds 40% of
 * the pool, "Customer satisfaction" is a key level. January 2026's 70% breaches the 75% minimum,
 * which costs 100,000.00 x 10% x 40% = 4,000.00 unless the client excuses the month.
 */
class ReliefServiceIT extends TwoEngagementsTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final String STORM = "Storm claims: 160% of forecast volume";

    @Inject
    ContractService contracts;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    ReliefService reliefs;

    @Inject
    CreditService credits;

    private long workspace;
    private ServiceLevelDetails answered;
    private ServiceLevelDetails satisfaction;

    @BeforeEach
    void aBreachedMonthOfACriticalLevel() throws Exception {
        workspace = tenants.withFirstProvider();
        String rm = tenants.relationshipManager();
        var draft = as(rm, () -> contracts.create(workspace, new NewContract("MSA-RELIEF", ContractType.MASTER_AGREEMENT,
                null, "Claims", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), 90, "", "GBP",
                new BigDecimal("1200000.00"), new BigDecimal("100000.00"))));
        long contract = draft.id();
        var withRegime = as(rm, () -> contracts.setCreditRegime(workspace, contract, draft.version(), new CreditRegime(
                new BigDecimal("10"), new BigDecimal("100"), 0, BigDecimal.ZERO, new BigDecimal("50"))));
        as(rm, () -> contracts.moveTo(workspace, contract, withRegime.version(), ContractStatus.IN_REVIEW));
        answered = as(rm, () -> serviceLevels.define(workspace, contract, new NewServiceLevel("Answered in 20 s",
                Metric.SERVICE_LEVEL, 20, null, null, true, new BigDecimal("40"), YearMonth.of(2025, 1), null,
                new BigDecimal("80"), new BigDecimal("75"))));
        satisfaction = as(rm, () -> serviceLevels.define(workspace, contract, new NewServiceLevel(
                "Customer satisfaction", Metric.CSAT, null, null, null, false, BigDecimal.ZERO, YearMonth.of(2025, 1),
                null, new BigDecimal("85"), new BigDecimal("80"))));
        MeasurementDetails january = as(tenants.firstAccountManager(), () -> measurements.submit(workspace,
                answered.id(), JAN, new BigDecimal("70"), null, null, "ACD export", MeasurementSource.MANUAL));
        as(rm, () -> measurements.accept(workspace, january.id(), january.version()));
    }

    @Test
    void theProvidersAccountManagerAsksAndTheClientsApprovalWaivesTheCredit() throws Exception {
        assertEquals(List.of(new BigDecimal("4000.00")), creditAmounts(), "100,000.00 x 10% x 40%");

        ReliefDetails requested = as(tenants.firstAccountManager(), () -> reliefs.request(workspace, answered.id(), JAN,
                STORM));
        assertEquals(ReliefStatus.REQUESTED, requested.status());
        assertEquals("Answered in 20 s", requested.serviceLevel());
        assertEquals(JAN, requested.period());
        assertEquals("am1 " + tenants.tag(), requested.requestedBy());
        assertEquals(List.of(requested.id()), as(tenants.firstTeamMember(), () -> reliefs.reliefs(workspace)).stream()
                .map(ReliefDetails::id).toList(), "both sides read relief");
        assertEquals(List.of(new BigDecimal("4000.00")), creditAmounts(), "a request alone changes nothing");

        ReliefDetails approved = as(tenants.relationshipManager(), () -> reliefs.decide(workspace, requested.id(),
                requested.version(), true, null));
        assertEquals(ReliefStatus.APPROVED, approved.status());
        assertEquals("rm " + tenants.tag(), approved.decidedBy());
        assertNull(approved.decisionNote(), "an approval needs no note");
        assertEquals(requested.version() + 1, approved.version(), "a decision is a change");
        assertEquals(List.of(), creditAmounts(), "the excused month earns no credit");
    }

    @Test
    void aRejectionNeedsAReasonAndTheProviderMayThenAskAgain() throws Exception {
        String am = tenants.firstAccountManager();
        String rm = tenants.relationshipManager();
        ReliefDetails requested = as(am, () -> reliefs.request(workspace, answered.id(), JAN, STORM));
        DomainException twice = assertThrows(DomainException.class, () -> as(am,
                () -> reliefs.request(workspace, answered.id(), JAN, "Storm claims, again")));
        assertEquals("servicelevel.relief.alreadyRequested", twice.messageKey());

        DomainException unexplained = assertThrows(DomainException.class, () -> as(rm,
                () -> reliefs.decide(workspace, requested.id(), requested.version(), false, " ")));
        assertEquals("servicelevel.relief.rejectionReason", unexplained.messageKey());
        ReliefDetails rejected = as(rm, () -> reliefs.decide(workspace, requested.id(), requested.version(), false,
                "Volume was within 10% of the forecast"));
        assertEquals(ReliefStatus.REJECTED, rejected.status());
        assertEquals("Volume was within 10% of the forecast", rejected.decisionNote());
        assertEquals(List.of(new BigDecimal("4000.00")), creditAmounts(), "a rejected month keeps its credit");
        DomainException decidedTwice = assertThrows(DomainException.class, () -> as(rm,
                () -> reliefs.decide(workspace, rejected.id(), rejected.version(), true, null)));
        assertEquals("servicelevel.relief.decided", decidedTwice.messageKey());

        ReliefDetails askedAgain = as(am, () -> reliefs.request(workspace, answered.id(), JAN,
                "The forecast left out the storm week: 160% for six days"));
        assertEquals(requested.id(), askedAgain.id(), "the same request, made again");
        assertEquals(ReliefStatus.REQUESTED, askedAgain.status());
        assertEquals("The forecast left out the storm week: 160% for six days", askedAgain.reason());
        assertNull(askedAgain.decidedBy());
        assertNull(askedAgain.decisionNote());
        assertEquals(rejected.version() + 1, askedAgain.version());
    }

    @Test
    void onlyTheProvidersAccountManagerAsksAndOnlyTheClientsRelationshipManagerDecides() throws Exception {
        for (String asker : List.of(tenants.firstTeamMember(), tenants.relationshipManager(), tenants.procurement(),
                tenants.analyst())) {
            assertThrows(ForbiddenException.class, () -> as(asker,
                    () -> reliefs.request(workspace, answered.id(), JAN, STORM)), asker);
        }
        ReliefDetails requested = as(tenants.firstAccountManager(), () -> reliefs.request(workspace, answered.id(), JAN,
                STORM));
        for (String decider : List.of(tenants.firstAccountManager(), tenants.firstTeamMember(), tenants.procurement(),
                tenants.analyst())) {
            assertThrows(ForbiddenException.class, () -> as(decider,
                    () -> reliefs.decide(workspace, requested.id(), requested.version(), true, null)), decider);
        }
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(), () -> reliefs.reliefs(workspace)),
                "reviewers do not read relief");
        assertEquals(ReliefStatus.REQUESTED,
                as(tenants.analyst(), () -> reliefs.reliefs(workspace)).get(0).status(), "nothing was decided");
    }

    @Test
    void reliefIsForPastMonthsOfCriticalLevels() throws Exception {
        String am = tenants.firstAccountManager();
        DomainException keyLevel = assertThrows(DomainException.class, () -> as(am,
                () -> reliefs.request(workspace, satisfaction.id(), JAN, STORM)));
        assertEquals("servicelevel.relief.keyLevel", keyLevel.messageKey(), "a key level earns no credit to excuse");
        YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
        DomainException open = assertThrows(DomainException.class, () -> as(am,
                () -> reliefs.request(workspace, answered.id(), thisMonth, "The forecast says it will be busy")));
        assertEquals("servicelevel.relief.monthOpen", open.messageKey());
        DomainException beforeTheLevel = assertThrows(DomainException.class, () -> as(am,
                () -> reliefs.request(workspace, answered.id(), YearMonth.of(2024, 12), STORM)));
        assertEquals("servicelevel.measurement.period.outsideLevel", beforeTheLevel.messageKey());
        assertEquals(List.of(), as(tenants.analyst(), () -> reliefs.reliefs(workspace)));
    }

    @Test
    void anotherWorkspacesIdsAreNotFound() throws Exception {
        ReliefDetails requested = as(tenants.firstAccountManager(), () -> reliefs.request(workspace, answered.id(), JAN,
                STORM));
        long other = tenants.withSecondProvider();
        // the second provider's account manager asks in its own workspace, for a level of this one
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> reliefs.request(other, answered.id(), JAN, STORM)));
        // the relationship manager decides in both of the client's workspaces, but each request in its own
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> reliefs.decide(other, requested.id(), requested.version(), true, null)));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> reliefs.reliefs(workspace)), "no member of this workspace");
        assertEquals(List.of(), as(tenants.relationshipManager(), () -> reliefs.reliefs(other)));
        assertEquals(ReliefStatus.REQUESTED,
                as(tenants.analyst(), () -> reliefs.reliefs(workspace)).get(0).status(), "nothing was decided");
    }

    @Test
    void aDecisionOnARequestMadeAgainSinceItWasReadIsRefused() throws Exception {
        String am = tenants.firstAccountManager();
        String rm = tenants.relationshipManager();
        ReliefDetails first = as(am, () -> reliefs.request(workspace, answered.id(), JAN, STORM));
        ReliefDetails rejected = as(rm, () -> reliefs.decide(workspace, first.id(), first.version(), false,
                "Volume was within 10% of the forecast"));
        ReliefDetails askedAgain = as(am, () -> reliefs.request(workspace, answered.id(), JAN,
                "The forecast left out the storm week"));

        // approving the rejected request as read before the provider asked again
        EJBException stale = assertThrows(EJBException.class, () -> as(rm,
                () -> reliefs.decide(workspace, rejected.id(), rejected.version(), true, null)));
        assertTrue(stale.getCause() instanceof OptimisticLockException, String.valueOf(stale.getCause()));
        ReliefDetails now = as(tenants.analyst(), () -> reliefs.reliefs(workspace)).get(0);
        assertEquals(ReliefStatus.REQUESTED, now.status());
        assertEquals("The forecast left out the storm week", now.reason());
        assertEquals(askedAgain.version(), now.version());
        assertEquals(rejected.version() + 1, now.version());
    }

    private List<BigDecimal> creditAmounts() throws Exception {
        List<CreditReport> reports = as(tenants.analyst(), () -> credits.credits(workspace));
        return reports.isEmpty() ? List.of()
                : reports.get(0).credits().stream().map(CreditReport.Line::amount).toList();
    }
}

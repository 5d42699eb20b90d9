package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ContractType;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credits against the database, on a contract of its own: monthly charges 50,000.00 GBP, 8% at risk
 * (at most 4,000.00 of credits a month), a pool cap of 100% and a two-month earn-back.
 * <ul>
 * <li>"Abandonment" (expected 5%, minimum 8%, lower is better) holds 30% of the pool: January 9%
 * (breached), February 6% (below expected), March 4% submitted but not yet accepted;</li>
 * <li>"Answered in 20 s" (expected 80%, minimum 75%) holds 50%: January 72% (breached), February 82%
 * and March 81% (both met);</li>
 * <li>"CSAT" (expected 85%, minimum 80%) is a key level from February: 70% (breached, no credit).</li>
 * </ul>
 * January earns 50,000.00 x 8% x 30% = 1,200.00 for abandonment, payable because February missed
 * the expected level, and 50,000.00 x 8% x 50% = 2,000.00 for answering, earned back by February and
 * March; together 3,200.00, within the 4,000.00 cap.
 */
class CreditServiceIT extends TwoEngagementsTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = JAN.plusMonths(1);
    private static final YearMonth MAR = JAN.plusMonths(2);
    private static final YearMonth APR = JAN.plusMonths(3);

    @Inject
    ContractService contracts;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    CreditService credits;

    private long workspace;
    private ContractDetails contract;
    private ServiceLevelDetails abandonment;
    private ServiceLevelDetails answered;
    private ServiceLevelDetails csat;
    private MeasurementDetails abandonmentInJanuary;
    private MeasurementDetails answeredInFebruary;
    private MeasurementDetails abandonmentInMarch;
    private MeasurementDetails csatInFebruary;

    @BeforeEach
    void threeMonthsOfThreeLevels() throws Exception {
        workspace = tenants.withFirstProvider();
        contract = contractWithRegime(workspace, "MSA-CR");
        abandonment = define(workspace, contract, "Abandonment", Metric.ABANDONMENT_RATE, null, "30", JAN.minusYears(1),
                "5", "8");
        answered = define(workspace, contract, "Answered in 20 s", Metric.SERVICE_LEVEL, 20, "50", JAN.minusYears(1),
                "80", "75");
        csat = define(workspace, contract, "CSAT", Metric.CSAT, null, "0", FEB, "85", "80");

        abandonmentInJanuary = accepted(abandonment, JAN, "9");
        accepted(abandonment, FEB, "6");
        abandonmentInMarch = submitted(abandonment, MAR, "4");
        accepted(answered, JAN, "72");
        answeredInFebruary = accepted(answered, FEB, "82");
        accepted(answered, MAR, "81");
        csatInFebruary = accepted(csat, FEB, "70");
    }

    @Test
    void aBreachedMonthEarnsEachCriticalLevelItsShareAndEarnBackDecidesWhatIsPayable() throws Exception {
        List<CreditReport> reports = as(tenants.analyst(), () -> credits.credits(workspace));

        assertEquals(1, reports.size());
        CreditReport report = reports.get(0);
        assertEquals(contract.id(), report.contractId());
        assertEquals("MSA-CR", report.contractReference());
        assertEquals("GBP", report.currency());
        // January only, the levels by name; CSAT is a key level and earns nothing
        assertEquals(List.of("Abandonment", "Answered in 20 s"),
                report.credits().stream().map(CreditReport.Line::serviceLevel).toList());
        assertEquals(List.of(abandonment.id(), answered.id()),
                report.credits().stream().map(CreditReport.Line::serviceLevelId).toList());
        assertEquals(List.of(JAN, JAN), report.credits().stream().map(CreditReport.Line::period).toList());
        assertEquals(List.of(new BigDecimal("1200.00"), new BigDecimal("2000.00")),
                report.credits().stream().map(CreditReport.Line::amount).toList());
        assertEquals(List.of(CreditStatus.PAYABLE, CreditStatus.EARNED_BACK),
                report.credits().stream().map(CreditReport.Line::status).toList());
        assertEquals(new BigDecimal("1200.00"), report.payable());
        assertEquals(new BigDecimal("0.00"), report.pendingEarnBack());
        assertEquals(new BigDecimal("2000.00"), report.earnedBack());

        CreditReport.Line answering = report.credits().get(1);
        assertEquals("50000.00 x 8% x 50% = 2000.00", answering.formula());
        assertEquals(new BigDecimal("4000.00"), answering.atRiskAmount(), "50,000.00 x 8%");
        assertEquals(new BigDecimal("3200.00"), answering.periodAllocated(), "1,200.00 + 2,000.00");
        assertEquals(ServiceCredit.Rule.ALLOCATION, answering.rule(), "within the cap: nothing scaled down");
        assertEquals(List.of(FEB, MAR), answering.earnBackObserved());
    }

    @Test
    void theScorecardShowsEachMonthsResultAndTheCreditsOnlyToThoseWhoMayReadThem() throws Exception {
        Scorecard scorecard = as(tenants.analyst(), () -> credits.scorecard(workspace, JAN, APR));

        assertEquals(List.of(JAN, FEB, MAR, APR), scorecard.periods());
        assertEquals(List.of("Abandonment", "Answered in 20 s", "CSAT"),
                scorecard.rows().stream().map(Scorecard.Row::name).toList());
        List<Scorecard.Cell> abandoned = scorecard.rows().get(0).cells();
        assertEquals(List.of("breached", "below_expected", "met", "none"),
                abandoned.stream().map(Scorecard.Cell::tone).toList());
        assertEquals(List.of(false, false, true, false), abandoned.stream().map(Scorecard.Cell::provisional).toList(),
                "March is submitted, not accepted yet");
        assertEquals(abandonmentInJanuary.id(), abandoned.get(0).measurementId());
        assertEquals(new BigDecimal("1200.00"), abandoned.get(0).credit());
        assertEquals(CreditStatus.PAYABLE, abandoned.get(0).creditStatus());
        assertEquals(0, new BigDecimal("5").compareTo(abandoned.get(0).expectedLevel()));

        List<Scorecard.Cell> answering = scorecard.rows().get(1).cells();
        assertEquals(List.of("breached", "met", "met", "none"), answering.stream().map(Scorecard.Cell::tone).toList());
        assertEquals(new BigDecimal("2000.00"), answering.get(0).credit());
        assertEquals(CreditStatus.EARNED_BACK, answering.get(0).creditStatus());
        assertEquals(null, answering.get(1).credit(), "a met month earns nothing");

        List<Scorecard.Cell> satisfaction = scorecard.rows().get(2).cells();
        assertEquals(List.of(false, true, true, true), satisfaction.stream().map(Scorecard.Cell::inForce).toList(),
                "CSAT applies from February");
        assertEquals("breached", satisfaction.get(1).tone());
        assertEquals(null, satisfaction.get(1).credit(), "a key level earns no credit");

        Scorecard teamView = as(tenants.firstTeamMember(), () -> credits.scorecard(workspace, JAN, APR));
        assertEquals("breached", teamView.rows().get(0).cells().get(0).tone(), "the same results");
        assertEquals(List.of(), teamView.rows().stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cell.credit() != null || cell.creditStatus() != null).toList(), "but no money");
    }

    @Test
    void resultsAndCreditsAreTheScorecardAndTheCreditsFromOneReadAndNoMoneyForThoseWhoMayNotReadIt() throws Exception {
        ResultsAndCredits both = as(tenants.analyst(), () -> credits.resultsAndCredits(workspace, JAN, APR));

        // the scorecard with its money: the cells the scorecard test above checks
        List<Scorecard.Cell> abandoned = both.scorecard().rows().get(0).cells();
        assertEquals(List.of("breached", "below_expected", "met", "none"),
                abandoned.stream().map(Scorecard.Cell::tone).toList());
        assertEquals(new BigDecimal("1200.00"), abandoned.get(0).credit());
        assertEquals(CreditStatus.PAYABLE, abandoned.get(0).creditStatus());
        // and the credits, as credits() computes them on its own read
        assertEquals(as(tenants.analyst(), () -> credits.credits(workspace)), both.credits());
        assertEquals(new BigDecimal("1200.00"), both.credits().get(0).payable());

        ResultsAndCredits teamView = as(tenants.firstTeamMember(), () -> credits.resultsAndCredits(workspace, JAN, APR));
        assertEquals(null, teamView.credits(), "no money for a role that may not read it");
        assertEquals("breached", teamView.scorecard().rows().get(0).cells().get(0).tone(), "the same results");
    }

    @Test
    void oneMonthsCreditComesWithTheFormulaItWasComputedBy() throws Exception {
        CreditReport.Line credit = as(tenants.firstAccountManager(),
                () -> credits.creditFor(workspace, abandonmentInJanuary.id())).orElseThrow();

        assertEquals(abandonment.id(), credit.serviceLevelId());
        assertEquals(JAN, credit.period());
        assertEquals(new BigDecimal("1200.00"), credit.amount());
        assertEquals("50000.00 x 8% x 30% = 1200.00", credit.formula());
        assertEquals(CreditStatus.PAYABLE, credit.status());
        assertEquals(List.of(FEB), credit.earnBackObserved(), "February missed the expected level: payable");

        for (MeasurementDetails none : List.of(answeredInFebruary, csatInFebruary, abandonmentInMarch)) {
            assertEquals(Optional.empty(), as(tenants.analyst(), () -> credits.creditFor(workspace, none.id())),
                    "met, a key level, not settled yet: " + none.serviceLevel() + " " + none.period());
        }
    }

    @Test
    void aBreachUnderDisputeShowsTheCreditAtStakeUntilItIsSettled() throws Exception {
        MeasurementDetails april = submitted(answered, APR, "70");
        MeasurementDetails disputed = as(tenants.relationshipManager(), () -> measurements.dispute(workspace,
                april.id(), april.version(), "Queue 7 is missing"));

        // 70% is below the 75% minimum: 50,000.00 x 8% x 50% = 2,000.00, pending its earn-back months
        CreditReport.Line atStake = as(tenants.relationshipManager(),
                () -> credits.creditAtStake(workspace, april.id())).orElseThrow();
        assertEquals(new BigDecimal("2000.00"), atStake.amount());
        assertEquals(APR, atStake.period());
        assertEquals("50000.00 x 8% x 50% = 2000.00", atStake.formula());
        assertEquals(Optional.empty(), as(tenants.relationshipManager(),
                () -> credits.creditFor(workspace, april.id())), "nothing is earned while it is disputed");
        assertEquals(Optional.empty(), as(tenants.analyst(),
                () -> credits.creditAtStake(workspace, abandonmentInMarch.id())), "4% meets 5%: nothing at stake");
        assertEquals(new BigDecimal("1200.00"), as(tenants.analyst(),
                () -> credits.credits(workspace)).get(0).payable(), "what is at stake is not counted as earned");

        as(tenants.relationshipManager(), () -> measurements.resolve(workspace, april.id(), disputed.version(),
                "Agreed as submitted", null, null, null));

        assertEquals(Optional.empty(), as(tenants.relationshipManager(),
                () -> credits.creditAtStake(workspace, april.id())), "settled: earned, no longer at stake");
        assertEquals(new BigDecimal("2000.00"), as(tenants.relationshipManager(),
                () -> credits.creditFor(workspace, april.id())).orElseThrow().amount());
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> credits.creditAtStake(workspace, april.id())));
    }

    @Test
    void theSimulatorReplaysTheSettledMonthsUnderAProposedRegime() throws Exception {
        List<SimulationBaseline> baselines = as(tenants.procurement(), () -> credits.simulationBaselines(workspace));
        assertEquals(List.of("MSA-CR"), baselines.stream().map(SimulationBaseline::reference).toList());
        assertEquals(0, new BigDecimal("8").compareTo(baselines.get(0).atRiskPercent()));

        // proposed: 10% at risk, no earn-back: 50,000.00 x 10% x 30% = 1,500.00 and x 50% = 2,500.00, all payable;
        // today 1,200.00 + 2,000.00 = 3,200.00 credited, of which 1,200.00 payable
        SimulationReport simulation = as(tenants.procurement(), () -> credits.simulate(workspace, contract.id(),
                regime("10", "100", 0), null));

        assertEquals("GBP", simulation.currency());
        assertEquals(List.of(JAN), simulation.periods().stream().map(SimulationReport.Period::period).toList(),
                "March's submitted 4% is not settled: it does not count");
        assertEquals(new BigDecimal("3200.00"), simulation.currentCredited());
        assertEquals(new BigDecimal("1200.00"), simulation.currentPayable());
        assertEquals(new BigDecimal("4000.00"), simulation.proposedCredited());
        assertEquals(new BigDecimal("4000.00"), simulation.proposedPayable());
        assertEquals(new BigDecimal("800.00"), simulation.difference());
    }

    @Test
    void aContractWithoutServiceLevelsHasNothingToReplay() throws Exception {
        ContractDetails bare = contractWithRegime(workspace, "MSA-CR-2");

        DomainException refused = assertThrows(DomainException.class, () -> as(tenants.procurement(),
                () -> credits.simulate(workspace, bare.id(), regime("10", "100", 0), null)));

        assertEquals("servicelevel.simulator.noServiceLevels", refused.messageKey());
        assertEquals(List.of("MSA-CR"), as(tenants.procurement(), () -> credits.simulationBaselines(workspace))
                .stream().map(SimulationBaseline::reference).toList());
    }

    @Test
    void rolesWithoutTheMoneyPermissionAreRefused() throws Exception {
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(), () -> credits.credits(workspace)));
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> credits.creditFor(workspace, abandonmentInJanuary.id())));
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(),
                () -> credits.scorecard(workspace, JAN, APR)));
        // the simulator is procurement's tool: the others who read credits may not run it
        for (String noSimulator : List.of(tenants.analyst(), tenants.relationshipManager(),
                tenants.firstAccountManager())) {
            assertThrows(ForbiddenException.class, () -> as(noSimulator,
                    () -> credits.simulate(workspace, contract.id(), regime("10", "100", 0), null)), noSimulator);
            assertThrows(ForbiddenException.class, () -> as(noSimulator, () -> credits.simulationBaselines(workspace)),
                    noSimulator);
        }
    }

    @Test
    void anotherTenantsIdsAreNotFound() throws Exception {
        // a contract with a level in the client's other workspace, there for its own people to see
        long other = tenants.withSecondProvider();
        ContractDetails elsewhere = contractWithRegime(other, "MSA-ELSEWHERE");
        define(other, elsewhere, "Answered in 20 s", Metric.SERVICE_LEVEL, 20, "50", JAN, "80", "75");
        assertEquals(1, as(tenants.relationshipManager(), () -> serviceLevels.serviceLevels(other)).size());

        assertThrows(NotFoundException.class, () -> as(tenants.procurement(),
                () -> credits.simulate(workspace, elsewhere.id(), regime("10", "100", 0), null)),
                "a contract of another workspace");
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> credits.creditFor(other, abandonmentInJanuary.id())), "a measurement of another workspace");
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> credits.credits(workspace)), "another provider's workspace");
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> credits.scorecard(workspace, JAN, APR)));
    }

    private ContractDetails contractWithRegime(long workspaceId, String reference) throws Exception {
        String rm = tenants.relationshipManager();
        ContractDetails draft = as(rm, () -> contracts.create(workspaceId, new NewContract(reference,
                ContractType.MASTER_AGREEMENT, null, "Claims", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), 90,
                "", "GBP", new BigDecimal("600000.00"), new BigDecimal("50000.00"))));
        ContractDetails withRegime = as(rm, () -> contracts.setCreditRegime(workspaceId, draft.id(), draft.version(),
                regime("8", "100", 2)));
        return as(rm, () -> contracts.moveTo(workspaceId, draft.id(), withRegime.version(), ContractStatus.IN_REVIEW));
    }

    private ServiceLevelDetails define(long workspaceId, ContractDetails in, String name, Metric metric,
                                       Integer parameter, String allocation, YearMonth from, String expected,
                                       String minimum) throws Exception {
        boolean critical = new BigDecimal(allocation).signum() > 0;
        return as(tenants.relationshipManager(), () -> serviceLevels.define(workspaceId, in.id(), new NewServiceLevel(
                name, metric, parameter, null, null, critical, new BigDecimal(allocation), from, null,
                new BigDecimal(expected), new BigDecimal(minimum))));
    }

    private MeasurementDetails submitted(ServiceLevelDetails level, YearMonth period, String value) throws Exception {
        return as(tenants.firstAccountManager(), () -> measurements.submit(workspace, level.id(), period,
                new BigDecimal(value), null, null, "Monthly report", MeasurementSource.MANUAL));
    }

    private MeasurementDetails accepted(ServiceLevelDetails level, YearMonth period, String value) throws Exception {
        MeasurementDetails measurement = submitted(level, period, value);
        return as(tenants.relationshipManager(), () -> measurements.accept(workspace, measurement.id(),
                measurement.version()));
    }

    private static CreditRegime regime(String atRisk, String poolCap, int earnBack) {
        return new CreditRegime(new BigDecimal(atRisk), new BigDecimal(poolCap), earnBack, BigDecimal.ZERO,
                new BigDecimal("50"));
    }
}

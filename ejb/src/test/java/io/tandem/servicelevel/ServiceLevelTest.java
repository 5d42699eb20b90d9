package io.tandem.servicelevel;

import static io.tandem.servicelevel.MeasuredValueTest.assertKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.contract.Contract;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.CreditRegime;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ServiceLevelTest {

    private static final BigDecimal NO_IMPROVEMENT = BigDecimal.ZERO;

    @Test
    void aTargetChangeAppliesFromItsMonthAndLeavesEarlierMonthsAlone() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        level.changeTarget(YearMonth.of(2026, 1), bd("85"), bd("80"), null);

        // 82% in December 2025 met 80/75; the same 82% in January 2026 is below 85 but above 80
        assertEquals(PeriodResult.MET, level.terms().evaluate(YearMonth.of(2025, 12), bd("82"), NO_IMPROVEMENT));
        assertEquals(PeriodResult.BELOW_EXPECTED, level.terms().evaluate(YearMonth.of(2026, 1), bd("82"), NO_IMPROVEMENT));
        assertEquals(2, level.targets().size());
    }

    @Test
    void aSecondChangeInTheSameMonthReplacesTheFirst() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        level.changeTarget(YearMonth.of(2026, 1), bd("85"), bd("80"), null);
        level.changeTarget(YearMonth.of(2026, 1), bd("84"), bd("79"), null);

        assertEquals(2, level.targets().size());
        assertEquals(bd("84"), level.targetHistory().targetFor(YearMonth.of(2026, 6)).expected());
    }

    @Test
    void theMetricFixesTheDirectionOfEveryTarget() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        // higher is better, so a minimum of 90 above an expected 85 is refused
        assertKey("servicelevel.target.minimumBetterThanExpected",
                () -> level.changeTarget(YearMonth.of(2026, 1), bd("85"), bd("90"), null));
        assertKey("servicelevel.target.outsideLevel", () -> level.changeTarget(YearMonth.of(2025, 1), bd("85"), bd("80"), null));
    }

    @Test
    void keyLevelsCarryNoAllocationAndCriticalLevelsNeedOne() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        YearMonth from = level.effectiveFrom();
        assertKey("servicelevel.allocation.keyLevel", () -> level.changeCommitment(new Commitment(false, bd("10"), from, null)));
        assertKey("servicelevel.allocation.criticalLevel", () -> level.changeCommitment(new Commitment(true, bd("0"), from, null)));
        assertKey("servicelevel.allocation.range", () -> level.changeCommitment(new Commitment(true, bd("100.01"), from, null)));
        level.changeCommitment(new Commitment(false, BigDecimal.ZERO, from, YearMonth.of(2026, 12)));
        assertEquals(false, level.critical());
        assertEquals(false, level.covers(YearMonth.of(2027, 1)));
        level.changeCommitment(new Commitment(false, null, from, null));
        assertEquals(0, level.allocationPercent().signum(), "a key level given no allocation carries 0%");
        assertKey("servicelevel.allocation.range", () -> level.changeCommitment(new Commitment(true, null, from, null)));
    }

    @Test
    void aLevelAppliesOnlyWithinItsContract() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        // the contract runs April 2025 to March 2028
        assertKey("servicelevel.effective.outsideContract",
                () -> level.changeCommitment(new Commitment(true, bd("20"), level.effectiveFrom(), YearMonth.of(2028, 4))));
        assertKey("servicelevel.effective.fromFixed",
                () -> level.changeCommitment(new Commitment(true, bd("20"), YearMonth.of(2025, 5), null)));
    }

    @Test
    void settledMonthsKeepTheirTarget() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        // January 2026 has been accepted: a change may start in February at the earliest
        assertKey("servicelevel.target.settled",
                () -> level.changeTarget(YearMonth.of(2026, 1), bd("85"), bd("80"), YearMonth.of(2026, 1)));
        level.changeTarget(YearMonth.of(2026, 2), bd("85"), bd("80"), YearMonth.of(2026, 1));
        assertEquals(bd("85"), level.targetHistory().targetFor(YearMonth.of(2026, 2)).expected());
    }

    @Test
    void aContractInForceFixesItsLevelsAllocationsButNotTheirNames() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        Contract contract = level.contract();
        contract.setCreditRegime(new CreditRegime(bd("12"), bd("250"), 3, bd("10"), bd("50")));
        contract.moveTo(ContractStatus.IN_REVIEW);
        contract.moveTo(ContractStatus.ACTIVE);

        assertKey("servicelevel.commitment.locked", () -> level.changeCommitment(
                new Commitment(true, bd("25"), level.effectiveFrom(), null)));
        level.rename("Calls answered in 20 seconds");
        level.changeCommitment(new Commitment(true, bd("20"), level.effectiveFrom(), null));
        assertEquals("Calls answered in 20 seconds", level.name());
    }

    @Test
    void metricsTakeOnlyTheirOwnParameter() {
        assertKey("servicelevel.metric.parameter.thresholdSeconds",
                () -> new MetricDefinition(Metric.SERVICE_LEVEL, null, null, null));
        assertKey("servicelevel.metric.parameter.repeatWindowDays",
                () -> new MetricDefinition(Metric.FIRST_CONTACT_RESOLUTION, 91, null, null));
        assertKey("servicelevel.metric.parameter.none", () -> new MetricDefinition(Metric.CSAT, 5, null, null));
        assertKey("servicelevel.metric.definition.required",
                () -> new MetricDefinition(Metric.CUSTOM, null, " ", Direction.HIGHER_IS_BETTER));
        assertKey("servicelevel.metric.direction.required",
                () -> new MetricDefinition(Metric.CUSTOM, null, "Complaints per 1,000 contacts", null));
        assertKey("servicelevel.metric.direction.fixed",
                () -> new MetricDefinition(Metric.ABANDONMENT_RATE, null, null, Direction.HIGHER_IS_BETTER));
        assertEquals(Direction.LOWER_IS_BETTER,
                new MetricDefinition(Metric.ABANDONMENT_RATE, null, null, null).direction());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}

package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.contract.CreditRegime;
import io.tandem.platform.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Monthly charges 100,000.00 GBP. Service level 80/20 (expected 80, minimum 75, 20% of the pool)
 * and abandonment (expected 5%, minimum 8%, 30% of the pool). January: 74% (breach) and 9%
 * (breach); February: 81% (met) and 6% (below expected); March: 82% (met) and 4% (met).
 */
class CreditSimulatorTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void theSameMonthsCostMoreUnderAHigherAtRiskShareWithoutEarnBack() {
        // current, 10% at risk, earn-back 2: SL 100,000 x 10% x 20% = 2,000 (met in Feb and Mar: earned back),
        //   abandonment 100,000 x 10% x 30% = 3,000 (below expected in Feb: payable). Credited 5,000, payable 3,000.
        // proposed, 12% at risk, no earn-back: 2,400 + 3,600 = 6,000, all payable.
        Simulation simulation = new CreditSimulator().compare(Money.of("100000.00", "GBP"),
                regime("10", 2), regime("12", 0), levels());

        assertEquals(1, simulation.periods().size());
        Simulation.PeriodComparison january = simulation.periods().get(0);
        assertEquals(JAN, january.period());
        assertEquals(Money.of("5000.00", "GBP"), january.currentCredited());
        assertEquals(Money.of("3000.00", "GBP"), january.currentPayable());
        assertEquals(Money.of("6000.00", "GBP"), january.proposedCredited());
        assertEquals(Money.of("6000.00", "GBP"), january.proposedPayable());
        assertEquals(Money.of("1000.00", "GBP"), simulation.difference());
        assertEquals(Money.of("3000.00", "GBP"), simulation.currentPayable());
    }

    @Test
    void aLowerAtRiskShareShrinksEveryCredit() {
        // proposed 4% at risk, earn-back 2: 100,000 x 4% x 20% = 800 (earned back) + 100,000 x 4% x 30% = 1,200
        // (payable): credited 2,000 against 5,000 today.
        Simulation simulation = new CreditSimulator().compare(Money.of("100000.00", "GBP"),
                regime("10", 2), regime("4", 2), levels());

        assertEquals(Money.of("2000.00", "GBP"), simulation.proposedCredited());
        assertEquals(Money.of("1200.00", "GBP"), simulation.proposedPayable());
        assertEquals(Money.of("-3000.00", "GBP"), simulation.difference());
    }

    @Test
    void continuousImprovementCanTurnAnEarnBackIntoAPayment() {
        // contract from April 2025; 80/75; January 2026 74% (breach: 100,000 x 10% x 20% = 2,000), then 81% in
        // February, March and April. Today (no improvement) all three meet 80: earned back. Proposed 10% a year:
        // from April 2026 (contract year 2) the level expects 80 + 10% x 20 = 82, so April's 81% misses: payable.
        ServiceLevelTerms sl = new ServiceLevelTerms("SL 80/20", true, new BigDecimal("20"),
                TargetHistory.startingWith(YearMonth.of(2025, 4), Target.of("80", "75", Direction.HIGHER_IS_BETTER)),
                new BigDecimal("100"), LocalDate.of(2025, 4, 1));
        LevelPerformance performance = new LevelPerformance(1, sl, new TreeMap<>(Map.of(JAN, bd("74"),
                JAN.plusMonths(1), bd("81"), JAN.plusMonths(2), bd("81"), JAN.plusMonths(3), bd("81"))), Set.of());

        Simulation simulation = new CreditSimulator().compare(Money.of("100000.00", "GBP"), regime("10", 3),
                new CreditRegime(new BigDecimal("10"), new BigDecimal("100"), 3, new BigDecimal("10"),
                        new BigDecimal("50")), List.of(performance));

        assertEquals(Money.of("0.00", "GBP"), simulation.currentPayable());
        assertEquals(Money.of("2000.00", "GBP"), simulation.proposedPayable());
        assertEquals(Money.of("0.00", "GBP"), simulation.difference(), "the same credit, earned back or not");
    }

    private static List<LevelPerformance> levels() {
        LocalDate start = LocalDate.of(2025, 4, 1);
        ServiceLevelTerms sl = new ServiceLevelTerms("SL 80/20", true, new BigDecimal("20"),
                TargetHistory.startingWith(YearMonth.of(2025, 4), Target.of("80", "75", Direction.HIGHER_IS_BETTER)),
                new BigDecimal("100"), start);
        ServiceLevelTerms abandonment = new ServiceLevelTerms("Abandonment", true, new BigDecimal("30"),
                TargetHistory.startingWith(YearMonth.of(2025, 4), Target.of("5", "8", Direction.LOWER_IS_BETTER)),
                BigDecimal.ZERO, start);
        return List.of(
                new LevelPerformance(1, sl, new TreeMap<>(Map.of(JAN, bd("74"), JAN.plusMonths(1), bd("81"),
                        JAN.plusMonths(2), bd("82"))), Set.of()),
                new LevelPerformance(2, abandonment, new TreeMap<>(Map.of(JAN, bd("9"), JAN.plusMonths(1), bd("6"),
                        JAN.plusMonths(2), bd("4"))), Set.of()));
    }

    private static CreditRegime regime(String atRisk, int earnBack) {
        return new CreditRegime(new BigDecimal(atRisk), new BigDecimal("100"), earnBack, BigDecimal.ZERO,
                new BigDecimal("50"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}

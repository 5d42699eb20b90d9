package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Continuous improvement in contract years. The contract starts on 1 April 2025, so contract
 * year 1 is April 2025 to March 2026, year 2 April 2026 to March 2027, and so on; the rate is 10%.
 */
class ServiceLevelTermsTest {

    private static final BigDecimal TEN = new BigDecimal("10");
    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @Test
    void theExpectedLevelRisesAtEachContractAnniversary() {
        ServiceLevelTerms terms = terms(TargetHistory.startingWith(YearMonth.of(2025, 4),
                Target.of("80.00", "75.00", Direction.HIGHER_IS_BETTER)), new BigDecimal("100"));

        // year 1: 80.00; year 2: 80.00 + 10% x 20.00 = 82.00; year 3: 82.00 + 10% x 18.00 = 83.80
        assertEquals(new BigDecimal("80.00"), terms.targetFor(YearMonth.of(2026, 3), TEN).expected());
        assertEquals(new BigDecimal("82.00"), terms.targetFor(YearMonth.of(2026, 4), TEN).expected());
        assertEquals(new BigDecimal("83.80"), terms.targetFor(YearMonth.of(2027, 4), TEN).expected());
        // 81% in May 2026 would have met year 1's 80% but is below year 2's 82%
        assertEquals(PeriodResult.BELOW_EXPECTED, terms.evaluate(YearMonth.of(2026, 5), new BigDecimal("81"), TEN));
    }

    @Test
    void aRenegotiatedTargetIsANewBaseline() {
        // changed in October 2026 (contract year 2) to 85/80: not improved in year 2,
        // then year 3: 85.00 + 10% x 15.00 = 86.50
        TargetHistory history = TargetHistory.startingWith(YearMonth.of(2025, 4),
                        Target.of("80.00", "75.00", Direction.HIGHER_IS_BETTER))
                .changedFrom(YearMonth.of(2026, 10), Target.of("85.00", "80.00", Direction.HIGHER_IS_BETTER));
        ServiceLevelTerms terms = terms(history, new BigDecimal("100"));

        assertEquals(new BigDecimal("82.00"), terms.targetFor(YearMonth.of(2026, 9), TEN).expected());
        assertEquals(new BigDecimal("85.00"), terms.targetFor(YearMonth.of(2026, 10), TEN).expected());
        assertEquals(new BigDecimal("86.50"), terms.targetFor(YearMonth.of(2027, 4), TEN).expected());
    }

    @Test
    void aMetricWithoutAPerfectValueIsNotImproved() {
        // average handle time 300 s: shorter is better, but zero is not a goal
        ServiceLevelTerms terms = terms(TargetHistory.startingWith(YearMonth.of(2025, 4),
                Target.of("300", "330", Direction.LOWER_IS_BETTER)), null);

        assertEquals(new BigDecimal("300"), terms.targetFor(YearMonth.of(2027, 4), TEN).expected());
    }

    @Test
    void lowerIsBetterMovesTowardZero() {
        // abandonment 5.00%: year 2 5.00 - 10% x 5.00 = 4.50; 4.80% is then below expected, 8.10% a breach
        ServiceLevelTerms terms = terms(TargetHistory.startingWith(YearMonth.of(2025, 4),
                Target.of("5.00", "8.00", Direction.LOWER_IS_BETTER)), BigDecimal.ZERO);

        assertEquals(new BigDecimal("4.50"), terms.targetFor(YearMonth.of(2026, 4), TEN).expected());
        assertEquals(PeriodResult.BELOW_EXPECTED, terms.evaluate(YearMonth.of(2026, 4), new BigDecimal("4.80"), TEN));
        assertEquals(PeriodResult.BREACHED, terms.evaluate(YearMonth.of(2026, 4), new BigDecimal("8.10"), TEN));
    }

    private static ServiceLevelTerms terms(TargetHistory history, BigDecimal perfect) {
        return new ServiceLevelTerms("Level", true, new BigDecimal("20"), history, perfect, START);
    }
}

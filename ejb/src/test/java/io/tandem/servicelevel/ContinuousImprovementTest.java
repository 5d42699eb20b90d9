package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each contract year the expected level moves toward perfect by the regime's rate times the gap. */
class ContinuousImprovementTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("10");

    @Test
    void higherIsBetterRisesTowardOneHundredOverThreeYears() {
        Target year1 = Target.of("80.00", "75.00", Direction.HIGHER_IS_BETTER);
        // year 2: 80.00 + 10% x (100 - 80.00) = 82.00; year 3: 82.00 + 10% x 18.00 = 83.80
        Target year2 = year1.improvedToward(new BigDecimal("100"), TEN_PERCENT);
        Target year3 = year2.improvedToward(new BigDecimal("100"), TEN_PERCENT);

        assertEquals(new BigDecimal("82.00"), year2.expected());
        assertEquals(new BigDecimal("83.80"), year3.expected());
        assertEquals(new BigDecimal("75.00"), year3.minimum());
    }

    @Test
    void lowerIsBetterFallsTowardZero() {
        // abandonment 5.00%: year 2 5.00 - 10% x 5.00 = 4.50; year 3 4.50 - 0.45 = 4.05
        Target year1 = Target.of("5.00", "8.00", Direction.LOWER_IS_BETTER);
        Target year3 = year1.improvedToward(BigDecimal.ZERO, TEN_PERCENT).improvedToward(BigDecimal.ZERO, TEN_PERCENT);

        assertEquals(new BigDecimal("4.05"), year3.expected());
    }

    @Test
    void aStepIsRoundedHalfUpToTwoDecimals() {
        // 83.80 + 10% x 16.20 = 85.42; then 85.42 + 10% x 14.58 = 86.878 -> 86.88
        Target year4 = Target.of("83.80", "75.00", Direction.HIGHER_IS_BETTER)
                .improvedToward(new BigDecimal("100"), TEN_PERCENT)
                .improvedToward(new BigDecimal("100"), TEN_PERCENT);

        assertEquals(new BigDecimal("86.88"), year4.expected());
    }

    @Test
    void theStepIsRoundedToTwoDecimalsWhateverScaleTheLevelWasStoredWith() {
        // 80 at 7.5%: 80 + 7.5% x 20 = 81.50; then 7.5% x 18.50 = 1.3875 -> 1.39: 82.89, stored as 80.0000 or not
        Target stored = Target.of("80.0000", "75.0000", Direction.HIGHER_IS_BETTER);
        BigDecimal rate = new BigDecimal("7.5");

        assertEquals(0, new BigDecimal("82.89").compareTo(stored.improvedToward(new BigDecimal("100"), rate)
                .improvedToward(new BigDecimal("100"), rate).expected()));
    }

    @Test
    void aMinimumBetterThanTheExpectedLevelIsRefused() {
        assertEquals("servicelevel.target.minimumBetterThanExpected", assertThrows(DomainException.class,
                () -> Target.of("80", "85", Direction.HIGHER_IS_BETTER)).messageKey());
        assertEquals("servicelevel.target.minimumBetterThanExpected", assertThrows(DomainException.class,
                () -> Target.of("300", "280", Direction.LOWER_IS_BETTER)).messageKey());
    }
}

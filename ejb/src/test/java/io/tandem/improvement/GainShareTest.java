package io.tandem.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Gain-share splits a reader can redo: client = benefit x client % rounded half-up to the minor unit; provider = the rest. */
class GainShareTest {

    @Test
    void aRoundSplit() {
        GainShare split = GainShare.of(Money.of("120000.00", "GBP"), new BigDecimal("40"));

        assertEquals(new BigDecimal("48000.00"), split.client());
        assertEquals(new BigDecimal("72000.00"), split.provider());
        assertEquals(new BigDecimal("60"), split.providerPercent());
        assertEquals("120000.00 x 40% = 48000.00; 120000.00 - 48000.00 = 72000.00 GBP", split.formula());
    }

    @Test
    void aThirdRoundsOnceAndTheProviderTakesTheExactRest() {
        // 1000.00 x 33.3333% = 333.333 -> 333.33; 1000.00 - 333.33 = 666.67
        GainShare split = GainShare.of(Money.of("1000.00", "EUR"), new BigDecimal("33.3333"));

        assertEquals(new BigDecimal("333.33"), split.client());
        assertEquals(new BigDecimal("666.67"), split.provider());
        assertEquals(split.benefit(), split.client().add(split.provider()));
    }

    @Test
    void halfAMinorUnitGoesUpToTheClient() {
        // 0.05 x 50% = 0.025 -> 0.03 (half-up); 0.05 - 0.03 = 0.02
        GainShare split = GainShare.of(Money.of("0.05", "GBP"), new BigDecimal("50"));

        assertEquals(new BigDecimal("0.03"), split.client());
        assertEquals(new BigDecimal("0.02"), split.provider());
        // 84,999.99 x 12.5% = 10,624.99875 -> 10,625.00; 84,999.99 - 10,625.00 = 74,374.99
        GainShare odd = GainShare.of(Money.of("84999.99", "GBP"), new BigDecimal("12.5"));
        assertEquals(new BigDecimal("10625.00"), odd.client());
        assertEquals(new BigDecimal("74374.99"), odd.provider());
    }

    @Test
    void aCurrencyWithoutMinorUnitsSplitsInWholeUnits() {
        // 1,001 JPY x 50% = 500.5 -> 501; 1,001 - 501 = 500
        GainShare split = GainShare.of(Money.of("1001", "JPY"), new BigDecimal("50"));

        assertEquals(new BigDecimal("501"), split.client());
        assertEquals(new BigDecimal("500"), split.provider());
    }

    @Test
    void allOrNothingToOneSide() {
        assertEquals(new BigDecimal("0.00"), GainShare.of(Money.of("999.99", "GBP"), BigDecimal.ZERO).client());
        assertEquals(new BigDecimal("0.00"),
                GainShare.of(Money.of("999.99", "GBP"), new BigDecimal("100")).provider());
    }

    @Test
    void aNegativeBenefitOrAPercentageOutOfRangeIsRefused() {
        assertEquals("improvement.idea.benefit.negative", assertThrows(DomainException.class,
                () -> GainShare.of(Money.of("-1.00", "GBP"), BigDecimal.TEN)).messageKey());
        assertEquals("contract.regime.gainShare.range", assertThrows(DomainException.class,
                () -> GainShare.of(Money.of("1.00", "GBP"), new BigDecimal("100.01"))).messageKey());
    }
}

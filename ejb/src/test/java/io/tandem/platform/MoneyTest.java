package io.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsKeepTheCurrencysMinorUnit() {
        assertEquals(new BigDecimal("12.50"), Money.of("12.5", "GBP").amount());
        assertEquals(new BigDecimal("1250"), Money.of("1250", "JPY").amount());
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        assertEquals("money.amount.invalid", assertThrows(DomainException.class,
                () -> Money.of("12.345", "GBP")).messageKey());
    }

    @Test
    void percentagesRoundHalfUpOnce() {
        // 1,234.56 x 2.5% = 30.864 -> 30.86; 0.30 x 5% = 0.015 -> 0.02
        assertEquals(Money.of("30.86", "EUR"), Money.of("1234.56", "EUR").percent(new BigDecimal("2.5")));
        assertEquals(Money.of("0.02", "EUR"), Money.of("0.30", "EUR").percent(new BigDecimal("5")));
    }

    @Test
    void currenciesDoNotMix() {
        assertEquals("money.currency.mismatch", assertThrows(DomainException.class,
                () -> Money.of("1", "GBP").plus(Money.of("1", "EUR"))).messageKey());
        assertEquals("money.currency.invalid", assertThrows(DomainException.class,
                () -> Money.of("1", "XYZ1")).messageKey());
    }
}

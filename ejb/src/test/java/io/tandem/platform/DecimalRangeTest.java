package io.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalRangeTest {

    /** Values an attacker or a careless client sends; none fits any field Tandem has. */
    static final List<String> HOSTILE = List.of("1e1000000", "-1e1000000", "1e-1000000", "1e17", "-1e17",
            "1" + "0".repeat(399), "0.00001");

    private static final DecimalRange GBP = Money.range("GBP");

    @Test
    void moneyKeepsSeventeenDigitsBeforeThePointAndTheCurrencysDecimals() {
        assertEquals(new BigDecimal("99999999999999999.99"), GBP.max());
        assertEquals(new BigDecimal("-99999999999999999.99"), GBP.min());
        assertEquals(2, GBP.maxScale());
        assertEquals(0, Money.range("JPY").maxScale());
    }

    @Test
    void valuesInRangeComeBackExactly() {
        assertEquals(new BigDecimal("1250000.00"), GBP.require("annualValue", new BigDecimal("1250000.00")));
        assertEquals(new BigDecimal("99999999999999999.99"),
                GBP.require("annualValue", new BigDecimal("99999999999999999.99")));
        assertEquals(new BigDecimal("12.5"), DecimalRange.PERCENT.require("atRiskPercent", new BigDecimal("12.5000000")));
        assertNull(GBP.require("annualValue", null));
    }

    @Test
    void moreDecimalsThanTheFieldKeepsAreRefusedNotRounded() {
        DomainException refused = assertThrows(DomainException.class,
                () -> GBP.require("annualValue", new BigDecimal("0.001")));

        assertEquals("number.range", refused.messageKey());
        assertEquals(List.of("annualValue", "-99999999999999999.99", "99999999999999999.99", 2, "0.001"),
                refused.arguments());
        assertThrows(DomainException.class, () -> DecimalRange.PERCENT.require("atRiskPercent", new BigDecimal("12.00001")));
    }

    @Test
    void everyHostileValueIsRefusedByEveryKindOfField() {
        for (DecimalRange range : List.of(GBP, Money.range("JPY"), DecimalRange.PERCENT)) {
            for (String hostile : HOSTILE) {
                assertEquals("number.range", assertThrows(DomainException.class,
                        () -> range.require("field", new BigDecimal(hostile)), hostile).messageKey());
                assertTrue(!range.contains(new BigDecimal(hostile)), hostile);
            }
        }
    }

    @Test
    void aRefusalQuotesAtMostAHundredCharactersOfTheInput() {
        DomainException refused = assertThrows(DomainException.class,
                () -> GBP.require("annualValue", new BigDecimal("1" + "0".repeat(399))));

        assertEquals(101, refused.arguments().get(4).toString().length());
        assertEquals("1E+1000000", ((String) assertThrows(DomainException.class,
                () -> GBP.require("annualValue", new BigDecimal("1e1000000"))).arguments().get(4)));
    }

    @Test
    void moneyFromOutsideIsRefusedWithTheFieldsName() {
        DomainException refused = assertThrows(DomainException.class,
                () -> Money.of("monthlyCharges", new BigDecimal("1e1000000"), "GBP"));

        assertEquals("number.range", refused.messageKey());
        assertEquals("monthlyCharges", refused.arguments().get(0));
        assertEquals("money.amount.invalid", assertThrows(DomainException.class,
                () -> Money.of(new BigDecimal("-1e1000000"), "GBP")).messageKey());
    }
}

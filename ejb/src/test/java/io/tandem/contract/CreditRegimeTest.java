package io.tandem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditRegimeTest {

    @ParameterizedTest
    @CsvSource({
        "0,     150, 3, 10, 50, contract.regime.atRisk.range",
        "100.5, 150, 3, 10, 50, contract.regime.atRisk.range",
        "12,     90, 3, 10, 50, contract.regime.poolAllocationCap.range",
        "12,    501, 3, 10, 50, contract.regime.poolAllocationCap.range",
        "12,    150, -1, 10, 50, contract.regime.earnBack.range",
        "12,    150, 13, 10, 50, contract.regime.earnBack.range",
        "12,    150, 3, -1, 50, contract.regime.continuousImprovement.range",
        "12,    150, 3, 10, 101, contract.regime.gainShare.range"
    })
    void eachFigureIsCheckedWithItsOwnMessage(String atRisk, String cap, int earnBack, String improvement,
                                              String gainShare, String messageKey) {
        DomainException refused = assertThrows(DomainException.class, () -> new CreditRegime(new BigDecimal(atRisk),
                new BigDecimal(cap), earnBack, new BigDecimal(improvement), new BigDecimal(gainShare)));

        assertEquals(messageKey, refused.messageKey());
    }

    @Test
    void aPercentageWithMoreDecimalsThanTheContractKeepsIsRefusedNotRounded() {
        DomainException refused = assertThrows(DomainException.class, () -> new CreditRegime(new BigDecimal("12.00001"),
                new BigDecimal("100"), 3, new BigDecimal("0"), new BigDecimal("50")));

        assertEquals("number.range", refused.messageKey());
        assertEquals("atRiskPercent", refused.arguments().get(0));
        assertEquals(new BigDecimal("12.5"), new CreditRegime(new BigDecimal("12.50000"), new BigDecimal("100"), 3,
                new BigDecimal("0"), new BigDecimal("50")).atRiskPercent());
    }
}

package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasuredValueTest {

    @Test
    void aRatioGivesThePercentageAtTwoDecimals() {
        // 1,613 answered within 20 s of 2,000 offered: 1613 x 100 / 2000 = 80.65%
        MeasuredValue value = MeasuredValue.of(Metric.SERVICE_LEVEL, null, bd("1613"), bd("2000"));

        assertEquals(bd("80.65"), value.value());
        assertEquals(bd("1613"), value.numerator());
    }

    @Test
    void anAverageIsAPlainQuotient() {
        // 90,000 s of waiting over 3,000 answered calls: 30.00 s average speed of answer
        assertEquals(bd("30.00"), MeasuredValue.of(Metric.AVERAGE_SPEED_OF_ANSWER, null, bd("90000"), bd("3000")).value());
    }

    @Test
    void aStatedValueMustAgreeWithItsRatioAtItsOwnPrecision() {
        // 1613/2000 = 80.65%: "80.7" agrees at one decimal, "80.6" does not
        assertEquals(bd("80.7"), MeasuredValue.of(Metric.SERVICE_LEVEL, bd("80.7"), bd("1613"), bd("2000")).value());
        DomainException refused = assertThrows(DomainException.class,
                () -> MeasuredValue.of(Metric.SERVICE_LEVEL, bd("80.6"), bd("1613"), bd("2000")));
        assertEquals("servicelevel.measurement.ratio.disagrees", refused.messageKey());
        assertEquals("80.65", refused.arguments().get(1));
    }

    @Test
    void aRatioIsRoundedOnceOnly() {
        // 794 x 100 / 1005 = 79.004975...%: 79.00, not 79.0050 rounded again to 79.01
        assertEquals(bd("79.00"), MeasuredValue.of(Metric.CSAT, null, bd("794"), bd("1005")).value());
        assertEquals(bd("79.00"), MeasuredValue.of(Metric.CSAT, bd("79.00"), bd("794"), bd("1005")).value());
    }

    @Test
    void figuresTheDatabaseCannotKeepExactlyAreRefused() {
        assertKey("servicelevel.measurement.value.precision",
                () -> MeasuredValue.of(Metric.CSAT, bd("80.12345"), null, null));
        assertKey("servicelevel.measurement.value.precision",
                () -> MeasuredValue.of(Metric.AVERAGE_HANDLE_TIME, bd("1000000000000000"), null, null));
    }

    @Test
    void impossibleFiguresAreRefusedWithTheirReason() {
        assertKey("servicelevel.measurement.value.range.percent", () -> MeasuredValue.of(Metric.CSAT, bd("101"), null, null));
        assertKey("servicelevel.measurement.value.range.score", () -> MeasuredValue.of(Metric.NPS, bd("-101"), null, null));
        assertKey("servicelevel.measurement.value.range.seconds",
                () -> MeasuredValue.of(Metric.AVERAGE_HANDLE_TIME, bd("-1"), null, null));
        assertKey("servicelevel.measurement.ratio.numeratorAboveDenominator",
                () -> MeasuredValue.of(Metric.ABANDONMENT_RATE, null, bd("21"), bd("20")));
        assertKey("servicelevel.measurement.ratio.incomplete",
                () -> MeasuredValue.of(Metric.SERVICE_LEVEL, null, bd("1600"), null));
        assertKey("servicelevel.measurement.ratio.notApplicable",
                () -> MeasuredValue.of(Metric.NPS, null, bd("10"), bd("20")));
        assertKey("servicelevel.measurement.ratio.negative",
                () -> MeasuredValue.of(Metric.SERVICE_LEVEL, null, bd("10"), bd("0")));
        assertKey("servicelevel.measurement.value.required", () -> MeasuredValue.of(Metric.CSAT, null, null, null));
    }

    @Test
    void npsMayBeNegative() {
        assertEquals(bd("-12"), MeasuredValue.of(Metric.NPS, bd("-12"), null, null).value());
    }

    @Test
    void hostileFiguresAreRefusedBeforeAnyArithmetic() {
        // 1e-1000000 as a stated value would ask for the ratio at a million decimals.
        assertKey("servicelevel.measurement.value.precision",
                () -> MeasuredValue.of(Metric.CSAT, bd("1e-1000000"), bd("794"), bd("1005")));
        assertKey("servicelevel.measurement.value.precision",
                () -> MeasuredValue.of(Metric.CSAT, null, bd("1e1000000"), bd("1e1000000")));
        assertKey("servicelevel.measurement.value.precision",
                () -> MeasuredValue.of(Metric.AVERAGE_HANDLE_TIME, bd("1" + "0".repeat(399)), null, null));
    }

    static void assertKey(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(DomainException.class, action).messageKey());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}

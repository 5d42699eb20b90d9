package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementLinesTest {

    private final ServiceLevel answered = Fixtures.serviceLevel80in20();

    @Test
    void goodLinesComeBackWithTheirLevelMonthAndValue() {
        List<MeasurementLines.Checked> checked = MeasurementLines.check(List.of(
                line(2, "2026-01", null, "1613", "2000"),
                line(3, "2026-02", "81.5", null, null)), List.of(answered));

        assertEquals(2, checked.size());
        assertEquals(YearMonth.of(2026, 1), checked.get(0).period());
        // 1613 / 2000 = 80.65%
        assertEquals(new BigDecimal("80.65"), checked.get(0).value().value());
        assertEquals(answered, checked.get(1).level());
    }

    @Test
    void everyBadLineIsNamedWithItsReasonAndNothingComesBack() {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class, () -> MeasurementLines.check(List.of(
                line(2, "2026-01", "80", null, null),
                new MeasurementLine(3, "No such level", "2026-01", new BigDecimal("80"), null, null, null),
                line(4, "2026-13", "80", null, null),
                line(5, "2025-03", "80", null, null),
                line(6, "2026-01", "81", null, null),
                line(7, "2026-02", "101", null, null)), List.of(answered)));

        assertEquals(List.of(
                        new LineError(3, "servicelevel.bulk.unknownLevel", List.of("No such level")),
                        new LineError(4, "platform.month.invalid", List.of("2026-13")),
                        new LineError(5, "servicelevel.measurement.period.outsideLevel", List.of("2025-03")),
                        new LineError(6, "servicelevel.bulk.repeated", List.of("Calls answered in 20 s", "2026-01")),
                        new LineError(7, "servicelevel.measurement.value.range.percent", List.of("101"))),
                rejected.errors());
    }

    @Test
    void anEmptySubmissionIsRefused() {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class,
                () -> MeasurementLines.check(List.of(), List.of(answered)));

        assertEquals("servicelevel.bulk.empty", rejected.errors().get(0).messageKey());
    }

    private MeasurementLine line(int number, String period, String value, String numerator, String denominator) {
        return new MeasurementLine(number, answered.name(), period, value == null ? null : new BigDecimal(value),
                numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator), null);
    }
}

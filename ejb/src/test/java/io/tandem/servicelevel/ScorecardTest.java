package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final YearMonth JUN = YearMonth.of(2026, 6);
    private static final YearMonth JUL = JUN.plusMonths(1);
    private static final YearMonth AUG = JUN.plusMonths(2);

    @Test
    void creditsAddUpPerMonthAndCurrencyAndMetMonthsPerLevel() {
        // Answered in 20 s (GBP): June breached 4,800.00, July met, August met but still disputed.
        Scorecard.Row answered = new Scorecard.Row(1, 10, "MSA-1", "GBP", "Answered in 20 s", Metric.SERVICE_LEVEL, true,
                List.of(cell(JUN, "74", MeasurementStatus.ACCEPTED, PeriodResult.BREACHED, "4800.00"),
                        cell(JUL, "82", MeasurementStatus.ACCEPTED, PeriodResult.MET, null),
                        cell(AUG, "81", MeasurementStatus.DISPUTED, PeriodResult.MET, null)));
        // Abandonment (GBP): June breached 3,600.00, July breached 1,200.00, August not in yet.
        Scorecard.Row abandonment = new Scorecard.Row(2, 10, "MSA-1", "GBP", "Abandonment", Metric.ABANDONMENT_RATE, true,
                List.of(cell(JUN, "9.5", MeasurementStatus.RESOLVED, PeriodResult.BREACHED, "3600.00"),
                        cell(JUL, "8.2", MeasurementStatus.ACCEPTED, PeriodResult.BREACHED, "1200.00"),
                        cell(AUG, null, null, null, null)));
        // A second contract priced in euros: June 500.00 EUR, never added to pounds.
        Scorecard.Row backOffice = new Scorecard.Row(3, 20, "SOW-2", "EUR", "Cases closed in 2 days", Metric.CUSTOM, true,
                List.of(cell(JUN, "88", MeasurementStatus.ACCEPTED, PeriodResult.BREACHED, "500.00"),
                        cell(JUL, null, null, null, null), cell(AUG, null, null, null, null)));

        Scorecard card = new Scorecard(List.of(JUN, JUL, AUG), List.of(answered, abandonment, backOffice));

        assertEquals(Map.of(JUN, Map.of("GBP", new BigDecimal("8400.00"), "EUR", new BigDecimal("500.00")),
                JUL, Map.of("GBP", new BigDecimal("1200.00"))), card.creditTotals());
        assertEquals(1, answered.monthsMet(), "August's met value is still disputed");
        assertEquals(2, answered.monthsSettled());
        assertEquals(0, abandonment.monthsMet());
        assertEquals(2, abandonment.monthsSettled());
    }

    private static Scorecard.Cell cell(YearMonth period, String value, MeasurementStatus status, PeriodResult result,
                                       String credit) {
        return new Scorecard.Cell(period, true, value == null ? null : 1L, value == null ? null : new BigDecimal(value),
                status, result, false, new BigDecimal("80"), new BigDecimal("75"), credit == null ? null : new BigDecimal(credit),
                credit == null ? null : CreditStatus.PAYABLE);
    }
}

package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLevelGlanceTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);

    @Test
    void countsSettledResultsAndAddsCreditsPerCurrency() {
        Scorecard card = new Scorecard(List.of(SEP), List.of(
                row(1, cell(MeasurementStatus.ACCEPTED, PeriodResult.MET)),
                row(2, cell(MeasurementStatus.RESOLVED, PeriodResult.BREACHED)),
                row(3, cell(MeasurementStatus.ACCEPTED, PeriodResult.BELOW_EXPECTED)),
                row(4, cell(MeasurementStatus.DISPUTED, PeriodResult.BREACHED)),
                row(5, cell(null, null)),
                row(6, new Scorecard.Cell(SEP, false, null, null, null, null, false, null, null, null, null))));
        List<CreditReport> credits = List.of(
                report("GBP", "3600.00", "4800.00"), report("GBP", "1200.00", "0.00"), report("EUR", "500.00", "0.00"));

        ServiceLevelGlance glance = ServiceLevelGlance.of(SEP, card, credits);

        assertEquals(SEP, glance.month());
        assertEquals(1, glance.met());
        assertEquals(1, glance.belowExpected());
        assertEquals(1, glance.breached());
        assertEquals(2, glance.awaiting(), "the disputed breach and the missing value; level 6 is not in force");
        assertEquals(Map.of("EUR", new BigDecimal("500.00"), "GBP", new BigDecimal("4800.00")), glance.payable());
        assertEquals(Map.of("EUR", new BigDecimal("0.00"), "GBP", new BigDecimal("4800.00")), glance.pendingEarnBack());
        assertNull(ServiceLevelGlance.of(SEP, card, null).payable(), "no money for those who may not read it");
    }

    private static Scorecard.Row row(long id, Scorecard.Cell cell) {
        return new Scorecard.Row(id, 10, "MSA-1", "GBP", "Level " + id, Metric.SERVICE_LEVEL, true, List.of(cell));
    }

    private static Scorecard.Cell cell(MeasurementStatus status, PeriodResult result) {
        return new Scorecard.Cell(SEP, true, status == null ? null : 1L, status == null ? null : BigDecimal.TEN, status,
                result, false, new BigDecimal("80"), new BigDecimal("75"), null, null);
    }

    private static CreditReport report(String currency, String payable, String pending) {
        return new CreditReport(1, "MSA-1", currency, List.of(), new BigDecimal(payable), new BigDecimal(pending),
                BigDecimal.ZERO);
    }
}

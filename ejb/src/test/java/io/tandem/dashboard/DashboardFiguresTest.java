package io.tandem.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.CreditStatus;
import io.tandem.servicelevel.MeasurementStatus;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.PeriodResult;
import io.tandem.servicelevel.Scorecard;
import io.tandem.servicelevel.ServiceCredit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attainment and credit totals on figures one can count by hand. Two levels over January to
 * April 2026:
 * <ul>
 * <li>"Answered" January met, February breached, March met (settled), April submitted (breached as it
 * stands, but not settled: counts in neither);</li>
 * <li>"Abandonment" January below expected, February breached but relieved, March met.</li>
 * </ul>
 * Settled months: 3 + 3 = 6; met: 2 + 1 = 3, so 3 / 6 = 50.0 %; breaches: February of "Answered" only
 * (the relieved one is excused), so 1.
 */
class DashboardFiguresTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Test
    void attainmentCountsSettledMonthsOnlyAndExcusesRelievedBreaches() {
        Scorecard.Row answered = row("Answered", cell(0, PeriodResult.MET, false), cell(1, PeriodResult.BREACHED, false),
                cell(2, PeriodResult.MET, false), submitted(3, PeriodResult.BREACHED));
        Scorecard.Row abandonment = row("Abandonment", cell(0, PeriodResult.BELOW_EXPECTED, false),
                cell(1, PeriodResult.BREACHED, true), cell(2, PeriodResult.MET, false), empty(3));

        Attainment both = Attainment.of(List.of(answered, abandonment));
        assertEquals(6, both.monthsSettled());
        assertEquals(3, both.monthsMet());
        assertEquals(1, both.breaches());
        assertEquals(new BigDecimal("50.0"), both.percent());

        Attainment one = Attainment.of(List.of(abandonment));
        assertEquals(new BigDecimal("33.3"), one.percent(), "1 of 3, rounded half-up to one decimal");
        assertEquals(0, one.breaches());
    }

    @Test
    void noSettledMonthHasNoAttainmentRatherThanNought() {
        Attainment none = Attainment.of(List.of(row("New", submitted(0, PeriodResult.MET), empty(1))));
        assertEquals(0, none.monthsSettled());
        assertNull(none.percent());
    }

    /**
     * GBP credits: 2025-12 1,000.00 earned back; 2026-01 1,200.00 payable; 2026-02 2,000.00 pending;
     * 2026-04 500.00 pending (after the range). EUR: 2026-03 300.00 pending. Months February to March:
     * period GBP 2,000.00 (February), year to date 3,200.00 (January and February), pending 2,000.00
     * (the April credit lies after the range); EUR 300.00 for each.
     */
    @Test
    void creditsOfThePeriodTheYearToDateAndPendingEarnBackPerCurrency() {
        CreditReport pounds = report("GBP", line(JAN.minusMonths(1), "1000.00", CreditStatus.EARNED_BACK),
                line(JAN, "1200.00", CreditStatus.PAYABLE), line(JAN.plusMonths(1), "2000.00", CreditStatus.PENDING_EARN_BACK),
                line(JAN.plusMonths(3), "500.00", CreditStatus.PENDING_EARN_BACK));
        CreditReport euros = report("EUR", line(JAN.plusMonths(2), "300.00", CreditStatus.PENDING_EARN_BACK));

        List<CreditTotals> totals = CreditTotals.of(List.of(pounds, euros), JAN.plusMonths(1), JAN.plusMonths(2));

        assertEquals(List.of(
                new CreditTotals("EUR", new BigDecimal("300.00"), new BigDecimal("300.00"), new BigDecimal("300.00")),
                new CreditTotals("GBP", new BigDecimal("2000.00"), new BigDecimal("3200.00"), new BigDecimal("2000.00"))),
                totals);
    }

    @Test
    void aContractWithoutCreditsTotalsNoughtInItsCurrency() {
        assertEquals(List.of(new CreditTotals("GBP", new BigDecimal("0.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"))), CreditTotals.of(List.of(report("GBP")), JAN, JAN));
    }

    private static Scorecard.Row row(String name, Scorecard.Cell... cells) {
        return new Scorecard.Row(1, 1, "MSA-1", "GBP", name, Metric.SERVICE_LEVEL, true, List.of(cells));
    }

    private static Scorecard.Cell cell(int month, PeriodResult result, boolean relieved) {
        return new Scorecard.Cell(JAN.plusMonths(month), true, 1L, BigDecimal.TEN, MeasurementStatus.ACCEPTED, result,
                relieved, new BigDecimal("80"), new BigDecimal("75"), null, null);
    }

    private static Scorecard.Cell submitted(int month, PeriodResult result) {
        return new Scorecard.Cell(JAN.plusMonths(month), true, 1L, BigDecimal.TEN, MeasurementStatus.SUBMITTED, result,
                false, new BigDecimal("80"), new BigDecimal("75"), null, null);
    }

    private static Scorecard.Cell empty(int month) {
        return new Scorecard.Cell(JAN.plusMonths(month), true, null, null, null, null, false, new BigDecimal("80"),
                new BigDecimal("75"), null, null);
    }

    private static CreditReport report(String currency, CreditReport.Line... lines) {
        return new CreditReport(1, "MSA-1", currency, List.of(lines), new BigDecimal("0.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"));
    }

    private static CreditReport.Line line(YearMonth period, String amount, CreditStatus status) {
        return new CreditReport.Line(1, "Answered", period, new BigDecimal(amount), "GBP", status, null, null, null,
                null, null, null, null, ServiceCredit.Rule.ALLOCATION, 0, List.of(), "");
    }
}

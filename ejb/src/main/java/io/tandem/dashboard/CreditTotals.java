package io.tandem.dashboard;

import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.CreditStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Credits in one currency (amounts of two currencies are never added): those earned in the months
 * shown, those earned from January of the last month's year to that month, and those of any month
 * up to the last one that still wait for their earn-back. Earned means breached and credited,
 * whatever happened to the credit since (payable, pending or earned back).
 */
public record CreditTotals(String currency, BigDecimal period, BigDecimal yearToDate, BigDecimal pendingEarnBack)
        implements Serializable {

    /** Each currency's totals over {@code from} to {@code to}, by currency code. */
    public static List<CreditTotals> of(List<CreditReport> reports, YearMonth from, YearMonth to) {
        YearMonth january = YearMonth.of(to.getYear(), 1);
        Map<String, CreditTotals> totals = new TreeMap<>();
        for (CreditReport report : reports) {
            BigDecimal zero = BigDecimal.ZERO.setScale(report.payable().scale());
            CreditTotals sum = totals.computeIfAbsent(report.currency(),
                    currency -> new CreditTotals(currency, zero, zero, zero));
            for (CreditReport.Line line : report.credits()) {
                if (line.period().isAfter(to)) {
                    continue;
                }
                sum = new CreditTotals(sum.currency(),
                        line.period().isBefore(from) ? sum.period() : sum.period().add(line.amount()),
                        line.period().isBefore(january) ? sum.yearToDate() : sum.yearToDate().add(line.amount()),
                        line.status() == CreditStatus.PENDING_EARN_BACK
                                ? sum.pendingEarnBack().add(line.amount()) : sum.pendingEarnBack());
            }
            totals.put(report.currency(), sum);
        }
        return List.copyOf(totals.values());
    }
}

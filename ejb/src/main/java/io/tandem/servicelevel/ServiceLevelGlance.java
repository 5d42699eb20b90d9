package io.tandem.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A workspace's service levels at a glance: the latest month anyone has reported, how many levels
 * met, missed or breached it (settled values only; the rest are awaiting), and the credits payable
 * and pending earn-back so far, by currency. Credits are null for callers who may not read money.
 */
public record ServiceLevelGlance(YearMonth month, long met, long belowExpected, long breached, long awaiting,
                                 Map<String, BigDecimal> payable, Map<String, BigDecimal> pendingEarnBack)
        implements Serializable {

    /** From a one-month scorecard and, when the caller may read them, the workspace's credits. */
    static ServiceLevelGlance of(YearMonth month, Scorecard card, List<CreditReport> credits) {
        long met = 0;
        long below = 0;
        long breached = 0;
        long awaiting = 0;
        for (Scorecard.Row row : card.rows()) {
            Scorecard.Cell cell = row.cells().get(0);
            if (!cell.inForce()) {
                continue;
            }
            if (cell.result() == null || cell.provisional()) {
                awaiting++;
            } else {
                switch (cell.result()) {
                    case MET -> met++;
                    case BELOW_EXPECTED -> below++;
                    case BREACHED -> breached++;
                }
            }
        }
        return new ServiceLevelGlance(month, met, below, breached, awaiting,
                credits == null ? null : byCurrency(credits, CreditReport::payable),
                credits == null ? null : byCurrency(credits, CreditReport::pendingEarnBack));
    }

    public boolean hasLevels() {
        return met + belowExpected + breached + awaiting > 0;
    }

    private static Map<String, BigDecimal> byCurrency(List<CreditReport> credits,
                                                      Function<CreditReport, BigDecimal> amount) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        credits.forEach(report -> totals.merge(report.currency(), amount.apply(report), BigDecimal::add));
        // a glance is kept and shared between requests (dashboard.DashboardSnapshots)
        return Collections.unmodifiableMap(totals);
    }
}

package io.tandem.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Service levels as rows, months as columns. A cell's result is final once its value is settled
 * and provisional before; credit figures are filled in only for callers who may read credits.
 */
public record Scorecard(List<YearMonth> periods, List<Row> rows) implements Serializable {

    public record Row(long serviceLevelId, String contractReference, String name, Metric metric, boolean critical,
                      List<Cell> cells) implements Serializable {
    }

    /**
     * @param inForce whether the level applies in this month at all
     * @param credit  the credit earned in this month, or null (none, or not the caller's to see)
     */
    public record Cell(YearMonth period, boolean inForce, Long measurementId, BigDecimal value,
                       MeasurementStatus status, PeriodResult result, boolean relieved, BigDecimal expectedLevel,
                       BigDecimal credit, CreditStatus creditStatus) implements Serializable {

        /** The cell's colour: its result, or "none" before a value arrives. */
        public String tone() {
            return result == null ? "none" : result.name().toLowerCase(Locale.ROOT);
        }

        /** A value not yet accepted (submitted or disputed): its result may still change. */
        public boolean provisional() {
            return status != null && !status.settled();
        }
    }
}

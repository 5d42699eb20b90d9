package io.tandem.dashboard;

import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.PeriodResult;
import io.tandem.servicelevel.Scorecard;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One service level over the months shown: its attainment and, month by month, the value against
 * the expected and minimum levels in force then (a chart's line and its text alternative alike).
 */
public record LevelTrend(long serviceLevelId, String contractReference, String name, Metric metric, boolean critical,
                         Attainment attainment, List<Point> points) implements Serializable {

    /**
     * A month the level applies in; {@code value} and {@code result} are null until a value arrives.
     *
     * @param provisional the value is not settled yet: its result may still change
     */
    public record Point(YearMonth period, BigDecimal value, BigDecimal expectedLevel, BigDecimal minimumLevel,
                        PeriodResult result, boolean provisional, boolean relieved) implements Serializable {
    }

    static LevelTrend of(Scorecard.Row row) {
        List<Point> points = row.cells().stream().filter(Scorecard.Cell::inForce)
                .map(cell -> new Point(cell.period(), cell.value(), cell.expectedLevel(), cell.minimumLevel(),
                        cell.result(), cell.provisional(), cell.relieved()))
                .toList();
        return new LevelTrend(row.serviceLevelId(), row.contractReference(), row.name(), row.metric(), row.critical(),
                Attainment.of(List.of(row)), points);
    }
}

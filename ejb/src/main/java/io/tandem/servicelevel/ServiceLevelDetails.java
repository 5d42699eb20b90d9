package io.tandem.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A service level as pages and the API show it, with its whole target history as agreed and the
 * target in force in {@code month} after continuous improvement ({@code inForce}, null when the
 * level does not apply then). {@code kpi} is the definition of a level computed from the records,
 * null for a reported one.
 */
public record ServiceLevelDetails(long id, long contractId, String contractReference, String name, Metric metric,
                               Integer metricParameter, String metricDefinition, Direction direction, boolean critical,
                               BigDecimal allocationPercent, YearMonth effectiveFrom, YearMonth effectiveTo,
                               List<TargetDetails> targets, YearMonth month, TargetDetails inForce, long version,
                               KpiDefinition kpi)
        implements Serializable {

    /** One target of the history, as agreed (before any continuous improvement). */
    public record TargetDetails(YearMonth appliesFrom, BigDecimal expected, BigDecimal minimum) implements Serializable {
    }

    static ServiceLevelDetails of(ServiceLevel level, YearMonth month) {
        MetricDefinition metric = level.metric();
        TargetDetails inForce = null;
        if (level.covers(month)) {
            Target target = level.targetFor(month);
            inForce = new TargetDetails(level.targetHistory().appliesFrom(month), target.expected(), target.minimum());
        }
        return new ServiceLevelDetails(level.id(), level.contract().id(), level.contract().reference(), level.name(),
                metric.metric(), metric.parameter(), metric.definition(), metric.direction(), level.critical(),
                level.allocationPercent(), level.effectiveFrom(), level.effectiveTo(),
                level.targets().stream().map(t -> new TargetDetails(t.appliesFrom(), t.target().expected(),
                        t.target().minimum())).toList(), month, inForce, level.version(), KpiDefinition.of(level));
    }
}

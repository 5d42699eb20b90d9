package io.tandem.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What defining a service level takes; the rules are checked by the entity. */
public record NewServiceLevel(String name, Metric metric, Integer metricParameter, String metricDefinition,
                              Direction direction, boolean critical, BigDecimal allocationPercent,
                              YearMonth effectiveFrom, YearMonth effectiveTo, BigDecimal expectedLevel,
                              BigDecimal minimumLevel) {

    MetricDefinition metricDefinitionValue() {
        return new MetricDefinition(metric, metricParameter, metricDefinition, direction);
    }

    Commitment commitment() {
        return new Commitment(critical, allocationPercent, effectiveFrom, effectiveTo);
    }
}

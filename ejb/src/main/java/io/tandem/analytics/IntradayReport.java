package io.tandem.analytics;

import io.tandem.servicelevel.KpiDefinition;
import io.tandem.servicelevel.PeriodResult;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A computed level's day in 48 intervals of 30 minutes, in one queue or all ({@code queue} null):
 * contacts offered and the level's value in each, judged against the month's target (null where
 * there was nothing to judge). {@code queues} are the month's queues to choose from.
 */
public record IntradayReport(long serviceLevelId, String serviceLevel, KpiDefinition kpi, LocalDate day, String queue,
                             List<String> queues, BigDecimal expectedLevel, BigDecimal minimumLevel,
                             List<Slot> slots) implements Serializable {

    public record Slot(LocalTime start, long offered, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                       PeriodResult result) implements Serializable {
    }

    /** The contacts offered over the day. */
    public long offered() {
        return slots.stream().mapToLong(Slot::offered).sum();
    }
}

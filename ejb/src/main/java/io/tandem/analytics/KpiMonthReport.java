package io.tandem.analytics;

import io.tandem.servicelevel.KpiDefinition;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A computed level's month from its records: the summed figures and the value (null with nothing to judge). */
public record KpiMonthReport(long serviceLevelId, YearMonth month, BigDecimal numerator, BigDecimal denominator,
                             long offered, BigDecimal value, KpiDefinition kpi) implements Serializable {
}

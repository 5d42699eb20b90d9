package io.tandem.dashboard;

import io.tandem.servicelevel.Metric;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A service level whose month, not yet closed, is projected to end worse than its minimum level. */
public record ProjectedBreach(long serviceLevelId, String serviceLevel, Metric metric, YearMonth period,
                              BigDecimal projectedValue, BigDecimal minimumLevel) implements Serializable {
}

package io.tandem.analytics;

import io.tandem.servicelevel.KpiDefinition;
import java.io.Serializable;
import java.math.BigDecimal;

/** One computed level's month so far and where it is heading, with the target it is judged by. */
public record EarlyWarningReport(long serviceLevelId, String serviceLevel, boolean critical, KpiDefinition kpi,
                                 BigDecimal expectedLevel, BigDecimal minimumLevel, MonthEndProjection projection)
        implements Serializable {

    public boolean breachProjected() {
        return projection.breachProjected();
    }
}

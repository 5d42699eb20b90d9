package io.tandem.dashboard;

import io.tandem.analytics.EarlyWarningReport;
import io.tandem.analytics.KpiService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The dashboards' projected breaches, from the early warning: the computed levels whose month
 * under way is projected to end below its minimum, as of today. Any other month has none: a month
 * that is over is judged by its measurement, one to come has nothing to project from.
 */
@ApplicationScoped
public class EarlyWarningProjections implements ProjectionSource {

    @Inject
    KpiService kpis;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<ProjectedBreach> projectedBreaches(long workspaceId, YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        if (!month.equals(YearMonth.from(today))) {
            return List.of();
        }
        return kpis.earlyWarning(workspaceId, today).stream().filter(EarlyWarningReport::breachProjected)
                .map(warning -> new ProjectedBreach(warning.serviceLevelId(), warning.serviceLevel(),
                        warning.kpi().metric(), month, warning.projection().projectedValue(), warning.minimumLevel()))
                .toList();
    }
}

package io.tandem.dashboard;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * One workspace's figures over the months {@code from} to {@code to}: each service level's
 * attainment and trend, all levels' attainment together, credits (null for a caller who may not
 * read them), contact volumes by channel and queue, and the levels projected to breach this month.
 */
public record WorkspaceDashboard(long workspaceId, String workspaceName, YearMonth from, YearMonth to,
                                 Attainment attainment, List<LevelTrend> levels, List<CreditTotals> credits,
                                 List<Volume> volumes, List<ProjectedBreach> projectedBreaches)
        implements Serializable {
}

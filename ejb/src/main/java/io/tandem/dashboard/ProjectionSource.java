package io.tandem.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * Projected breaches for the dashboards: the levels of a workspace whose {@code month} is projected
 * to end in breach. The early warning computes them from the month-to-date interaction figures;
 * this context only shows them. Called inside a service that has already checked the caller's
 * access to the workspace.
 */
public interface ProjectionSource {

    List<ProjectedBreach> projectedBreaches(long workspaceId, YearMonth month);
}

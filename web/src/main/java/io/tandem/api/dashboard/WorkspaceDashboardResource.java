package io.tandem.api.dashboard;

import io.tandem.dashboard.DashboardService;
import io.tandem.dashboard.MonthRange;
import io.tandem.platform.Months;
import io.tandem.dashboard.WorkspaceDashboard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A workspace's dashboard figures over months {@code from} to {@code to} (at most 37). */
@Path("workspaces/{workspaceId}/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceDashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    public WorkspaceDashboard dashboard(@PathParam("workspaceId") long workspaceId, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        MonthRange period = MonthRange.orTwelveMonths(from == null ? null : Months.parse(from),
                to == null ? null : Months.parse(to));
        return dashboards.workspace(workspaceId, period.from(), period.to());
    }
}

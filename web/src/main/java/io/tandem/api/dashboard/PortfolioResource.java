package io.tandem.api.dashboard;

import io.tandem.dashboard.DashboardService;
import io.tandem.dashboard.MonthRange;
import io.tandem.platform.Months;
import io.tandem.dashboard.Portfolio;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The client's portfolio over months {@code from} to {@code to} (at most 37); anyone else is refused (403). */
@Path("portfolio")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    @Inject
    DashboardService dashboards;

    @GET
    public Portfolio portfolio(@QueryParam("from") String from, @QueryParam("to") String to) {
        MonthRange period = MonthRange.orTwelveMonths(from == null ? null : Months.parse(from),
                to == null ? null : Months.parse(to));
        return dashboards.portfolio(period.from(), period.to());
    }
}

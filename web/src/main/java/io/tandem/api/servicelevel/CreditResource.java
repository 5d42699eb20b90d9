package io.tandem.api.servicelevel;

import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.CreditService;
import io.tandem.platform.Months;
import io.tandem.servicelevel.Scorecard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;

/**
 * Results and credits, computed from the settled figures when asked. Each credit carries the
 * figures and the rule it came from, and a {@code formula} either party can redo by hand.
 */
@Path("workspaces/{workspaceId}/performance")
@Produces(MediaType.APPLICATION_JSON)
public class CreditResource {

    @Inject
    CreditService credits;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    @Path("credits")
    public List<CreditReport> credits() {
        return credits.credits(workspaceId);
    }

    /** Months {@code from} to {@code to} (yyyy-MM); by default the twelve months up to this one. */
    @GET
    @Path("scorecard")
    public Scorecard scorecard(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth last = to == null ? YearMonth.now() : Months.parse(to);
        return credits.scorecard(workspaceId, from == null ? last.minusMonths(11) : Months.parse(from), last);
    }
}

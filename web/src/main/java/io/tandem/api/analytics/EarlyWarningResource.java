package io.tandem.api.analytics;

import io.tandem.analytics.KpiService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The workspace's early warning: each computed level's month so far and where it is heading. */
@Path("workspaces/{workspaceId}/early-warning")
@Produces(MediaType.APPLICATION_JSON)
public class EarlyWarningResource {

    @Inject
    KpiService kpis;

    @Context
    HttpHeaders headers;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    public List<KpiAnswers.Warning> earlyWarning(@QueryParam("asOf") String asOf) {
        return new KpiAnswers(kpis, headers).earlyWarning(workspaceId, asOf);
    }
}

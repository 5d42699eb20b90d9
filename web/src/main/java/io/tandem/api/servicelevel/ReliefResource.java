package io.tandem.api.servicelevel;

import io.tandem.api.Requires;
import io.tandem.servicelevel.ReliefDetails;
import io.tandem.servicelevel.ReliefService;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;

/** Relief requests: the provider asks for a month to be excused, the client decides. */
@Path("workspaces/{workspaceId}/reliefs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReliefResource {

    public record Request(@NotNull Long serviceLevelId, @NotNull YearMonth period, @NotNull String reason) {
    }

    public record Decision(boolean approved, String note, long version) {
    }

    @Inject
    ReliefService reliefs;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    public List<ReliefDetails> list() {
        return reliefs.reliefs(workspaceId);
    }

    @POST
    @Requires(Permission.ANSWER_DISPUTES)
    public Response request(@NotNull @Valid Request request) {
        return Response.status(Response.Status.CREATED).entity(reliefs.request(workspaceId, request.serviceLevelId(),
                request.period(), request.reason())).build();
    }

    @POST
    @Path("{reliefId}/decision")
    @Requires(Permission.REVIEW_MEASUREMENTS)
    public ReliefDetails decide(@PathParam("reliefId") long reliefId, @NotNull Decision decision) {
        return reliefs.decide(workspaceId, reliefId, decision.version(), decision.approved(), decision.note());
    }
}

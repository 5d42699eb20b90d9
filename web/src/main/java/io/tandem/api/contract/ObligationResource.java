package io.tandem.api.contract;

import io.tandem.api.Requires;
import io.tandem.contract.ObligationDetails;
import io.tandem.contract.ObligationService;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Obligations across a workspace: the overdue ones, and marking one done (by its own side). The
 * per-contract list lives in {@link ContractObligationResource}. Each resource has its own
 * literal root, because JAX-RS picks one root resource per request and does not backtrack.
 */
@Path("workspaces/{workspaceId}/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObligationResource {

    public record Completion(long version) {
    }

    @Inject
    ObligationService obligations;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    @Path("overdue")
    public List<ObligationDetails> overdue() {
        return obligations.overdue(workspaceId);
    }

    @POST
    @Path("{obligationId}/completion")
    @Requires(Permission.COMPLETE_OBLIGATIONS)
    public ObligationDetails complete(@PathParam("obligationId") long obligationId, @NotNull Completion completion) {
        return obligations.complete(workspaceId, obligationId, completion.version());
    }
}

package io.tandem.api.contract;

import io.tandem.api.Requires;
import io.tandem.contract.ObligationDetails;
import io.tandem.contract.ObligationService;
import io.tandem.contract.Recurrence;
import io.tandem.tenancy.Party;
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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** One contract's obligations: listed for its readers, recorded by the client. */
@Path("workspaces/{workspaceId}/contracts/{contractId}/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractObligationResource {

    public record NewObligation(String description, Party owner, LocalDate dueDate, Recurrence recurrence) {
    }

    @Inject
    ObligationService obligations;

    @PathParam("workspaceId")
    long workspaceId;

    @PathParam("contractId")
    long contractId;

    @GET
    public List<ObligationDetails> list() {
        return obligations.obligations(workspaceId, contractId);
    }

    @POST
    @Requires(Permission.MANAGE_CONTRACTS)
    public Response add(@NotNull NewObligation obligation) {
        return Response.status(Response.Status.CREATED).entity(obligations.add(workspaceId, contractId,
                obligation.description(), obligation.owner(), obligation.dueDate(), obligation.recurrence())).build();
    }
}

package io.tandem.api.servicelevel;

import io.tandem.api.Requires;
import io.tandem.servicelevel.NewServiceLevel;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Defining a service level under a contract; it is then read and changed under {@code service-levels}. */
@Path("workspaces/{workspaceId}/contracts/{contractId}/service-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractServiceLevelResource {

    @Inject
    ServiceLevelService serviceLevels;

    @PathParam("workspaceId")
    long workspaceId;

    @PathParam("contractId")
    long contractId;

    @POST
    @Requires(Permission.MANAGE_SERVICE_LEVELS)
    public Response define(@NotNull NewServiceLevel definition, @Context UriInfo uri) {
        ServiceLevelDetails level = serviceLevels.define(workspaceId, contractId, definition);
        return Response.created(uri.getBaseUriBuilder().path(ServiceLevelResource.class).path("{id}")
                .build(workspaceId, level.id())).entity(level).build();
    }
}

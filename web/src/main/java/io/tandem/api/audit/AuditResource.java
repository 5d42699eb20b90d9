package io.tandem.api.audit;

import io.tandem.audit.AuditFilter;
import io.tandem.audit.AuditPage;
import io.tandem.audit.AuditService;
import io.tandem.audit.ChainVerification;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A workspace's audit trail, newest first, and the verification of its hash chain. */
@Path("workspaces/{workspaceId}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    public AuditPage trail(@PathParam("workspaceId") long workspaceId,
                           @QueryParam("entityType") String entityType,
                           @QueryParam("action") String action,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("size") @DefaultValue("50") int size) {
        return audit.trail(workspaceId, new AuditFilter(entityType, action), first, size);
    }

    @GET
    @Path("verification")
    public ChainVerification verify(@PathParam("workspaceId") long workspaceId) {
        return audit.verify(workspaceId);
    }
}

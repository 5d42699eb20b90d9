package io.tandem.api.improvement;

import io.tandem.improvement.InnovationFigures;
import io.tandem.improvement.InnovationService;
import io.tandem.improvement.WorkspaceInnovation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Innovation figures: one workspace's, and the client's portfolio of them. */
@Path("innovation")
@Produces(MediaType.APPLICATION_JSON)
public class InnovationResource {

    @Inject
    InnovationService innovation;

    @GET
    @Path("workspaces/{workspaceId}")
    public InnovationFigures figures(@PathParam("workspaceId") long workspaceId) {
        return innovation.figures(workspaceId);
    }

    /** Every workspace the caller sees as client, with its figures; a provider's people are refused. */
    @GET
    @Path("portfolio")
    public List<WorkspaceInnovation> portfolio() {
        return innovation.portfolio();
    }
}

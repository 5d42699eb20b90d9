package io.tandem.api.workspace;

import io.tandem.workspace.WorkspaceDetails;
import io.tandem.workspace.WorkspaceService;
import io.tandem.workspace.WorkspaceSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The workspaces the caller may see. */
@Path("workspaces")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceResource {

    @Inject
    WorkspaceService workspaces;

    @GET
    public List<WorkspaceSummary> visible() {
        return workspaces.visibleWorkspaces();
    }

    @GET
    @Path("{workspaceId}")
    public WorkspaceDetails details(@PathParam("workspaceId") long workspaceId) {
        return workspaces.details(workspaceId);
    }
}

package io.tandem.api.interaction;

import io.tandem.api.Requires;
import io.tandem.interaction.InteractionImportDetails;
import io.tandem.interaction.InteractionImportReport;
import io.tandem.interaction.InteractionImportService;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;

/**
 * A workspace's interaction files. A file is the body of a POST as {@code text/csv}, read as it
 * arrives (never held whole, whatever its size) and stored whole or not at all: a refused file
 * answers 422 with its first thousand bad lines, each with its number and reason, and the count
 * in the detail. Sending the same file again stores nothing new. Deleting an import removes its
 * rows; it stays in the history.
 */
@Path("workspaces/{workspaceId}/interactions/imports")
@Produces(MediaType.APPLICATION_JSON)
public class InteractionImportResource {

    @Inject
    InteractionImportService imports;

    @PathParam("workspaceId")
    long workspaceId;

    /** The history, newest first. */
    @GET
    public List<InteractionImportDetails> history() {
        return imports.history(workspaceId);
    }

    @GET
    @Path("{importId}")
    public InteractionImportDetails find(@PathParam("importId") long importId) {
        return imports.find(workspaceId, importId);
    }

    @POST
    @Consumes("text/csv")
    @Requires(Permission.IMPORT_INTERACTIONS)
    public Response importFile(@QueryParam("fileName") String fileName, InputStream body, @Context UriInfo uri) {
        InteractionImportReport report = imports.importFile(workspaceId, fileName, body);
        if (!report.stored()) {
            // The refusal is recorded in the history (its transaction committed); the caller gets the lines.
            throw report.rejection();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.details().id())).build())
                .entity(report.details()).build();
    }

    /** Removes the import's rows, sending the version last read. */
    @DELETE
    @Path("{importId}")
    @Requires(Permission.IMPORT_INTERACTIONS)
    public InteractionImportDetails delete(@PathParam("importId") long importId,
                                           @NotNull @QueryParam("version") Long version) {
        return imports.delete(workspaceId, importId, version);
    }
}

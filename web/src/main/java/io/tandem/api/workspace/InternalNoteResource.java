package io.tandem.api.workspace;

import io.tandem.api.Requires;
import io.tandem.tenancy.Permission;
import io.tandem.workspace.InternalNoteService;
import io.tandem.workspace.NoteDetails;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The caller's side's internal notes on a workspace; the other side's stay invisible. */
@Path("workspaces/{workspaceId}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class InternalNoteResource {

    public record NewNote(@NotNull String body) {
    }

    @Inject
    InternalNoteService notes;

    @GET
    public List<NoteDetails> list(@PathParam("workspaceId") long workspaceId) {
        return notes.notes(workspaceId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.WRITE_INTERNAL_NOTES)
    public Response add(@PathParam("workspaceId") long workspaceId, @NotNull @jakarta.validation.Valid NewNote note,
                        @Context UriInfo uri) {
        NoteDetails created = notes.add(workspaceId, note.body());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}

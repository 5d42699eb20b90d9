package io.tandem.api.improvement;

import io.tandem.api.Requires;
import io.tandem.api.StoredFileResponse;
import io.tandem.improvement.IdeaAttachmentService;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** One idea attachment by its own id: download it, or remove one the caller attached. */
@Path("workspaces/{workspaceId}/idea-attachments")
public class IdeaAttachmentResource {

    @Inject
    IdeaAttachmentService attachments;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    @Path("{attachmentId}")
    public Response download(@PathParam("attachmentId") long attachmentId) {
        return StoredFileResponse.of(attachments.download(workspaceId, attachmentId));
    }

    @DELETE
    @Path("{attachmentId}")
    @Requires(Permission.PROPOSE_IDEAS)
    public Response remove(@PathParam("attachmentId") long attachmentId, @QueryParam("version") @NotNull Long version) {
        attachments.remove(workspaceId, attachmentId, version);
        return Response.noContent().build();
    }
}

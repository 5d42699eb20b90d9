package io.tandem.api.improvement;

import io.tandem.api.ContentDisposition;
import io.tandem.api.Requires;
import io.tandem.improvement.IdeaAttachmentService;
import io.tandem.platform.file.DocumentDownload;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
        DocumentDownload file = attachments.download(workspaceId, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @Path("{attachmentId}")
    @Requires(Permission.PROPOSE_IDEAS)
    public Response remove(@PathParam("attachmentId") long attachmentId, @QueryParam("version") @NotNull Long version) {
        attachments.remove(workspaceId, attachmentId, version);
        return Response.noContent().build();
    }
}

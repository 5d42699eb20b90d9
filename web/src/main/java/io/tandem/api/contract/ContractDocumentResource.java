package io.tandem.api.contract;

import io.tandem.api.ContentDisposition;
import io.tandem.api.Problems;
import io.tandem.api.Requires;
import io.tandem.contract.ContractDocumentService;
import io.tandem.contract.DocumentDetails;
import io.tandem.platform.file.DocumentFile;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * One contract's documents: listed for its readers; uploaded by the client as the raw file in
 * the body, named by {@code Content-Disposition: attachment; filename="..."}. Whatever
 * {@code Content-Type} the upload claims, the stored type follows the file's extension and
 * content. Downloads live in {@link DocumentResource}.
 */
@Path("workspaces/{workspaceId}/contracts/{contractId}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class ContractDocumentResource {

    @Inject
    ContractDocumentService documents;

    @PathParam("workspaceId")
    long workspaceId;

    @PathParam("contractId")
    long contractId;

    @GET
    public List<DocumentDetails> list() {
        return documents.documents(workspaceId, contractId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Requires(Permission.MANAGE_CONTRACTS)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, InputStream body,
                           @Context UriInfo uri) throws IOException {
        Optional<String> fileName = ContentDisposition.fileName(disposition);
        if (fileName.isEmpty()) {
            return Problems.response("invalid-request", 400, "Name the file in the header "
                    + "Content-Disposition: attachment; filename=\"...\" and send its bytes as the body.");
        }
        // One byte more than a document may have is enough to refuse a larger file without reading it all.
        byte[] content = body.readNBytes(DocumentFile.MAX_SIZE_BYTES + 1);
        DocumentDetails created = documents.upload(workspaceId, contractId, fileName.get(), content);
        return Response.created(uri.getBaseUriBuilder().path(DocumentResource.class)
                        .path(String.valueOf(created.id())).build(workspaceId))
                .entity(created).build();
    }
}

package io.tandem.api.contract;

import io.tandem.api.Requires;
import io.tandem.api.StoredFileResponse;
import io.tandem.contract.ContractDocumentService;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * A contract document by its id: its bytes, or its removal. A root of its own beside
 * {@link ContractDocumentResource}, because JAX-RS picks one root resource per request and does
 * not backtrack.
 */
@Path("workspaces/{workspaceId}/documents")
public class DocumentResource {

    @Inject
    ContractDocumentService documents;

    @PathParam("workspaceId")
    long workspaceId;

    /**
     * The file as uploaded, under the type its extension and content were checked against, as an
     * attachment that the browser must not sniff into something it would render.
     */
    @GET
    @Path("{documentId}")
    public Response download(@PathParam("documentId") long documentId) {
        return StoredFileResponse.of(documents.download(workspaceId, documentId));
    }

    /** Removes the document, given the {@code version} last read: a stale one is {@code 409 conflict}. */
    @DELETE
    @Path("{documentId}")
    @Requires(Permission.MANAGE_CONTRACTS)
    public Response remove(@PathParam("documentId") long documentId, @QueryParam("version") @NotNull Long version) {
        documents.remove(workspaceId, documentId, version);
        return Response.noContent().build();
    }
}

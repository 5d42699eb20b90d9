package io.tandem.api.datasharing;

import io.tandem.api.ContentDisposition;
import io.tandem.api.Requires;
import io.tandem.datasharing.AgreementDetails;
import io.tandem.datasharing.AgreementSummary;
import io.tandem.datasharing.AgreementTerms;
import io.tandem.datasharing.DataSharingService;
import io.tandem.datasharing.TermsDiff;
import io.tandem.tenancy.Permission;
import io.tandem.web.datasharing.AgreementPdf;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * A workspace's data-sharing agreements, their versions, signatures and revocation. Changes carry
 * the {@code version} the caller last read; a stale one is refused with 409, so that no one signs
 * terms they have not seen.
 */
@Path("workspaces/{workspaceId}/data-sharing/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    public record NewAgreement(@NotNull String title, @NotNull @Valid AgreementTerms terms) {
    }

    public record AgreementChange(@NotNull String title, @NotNull @Valid AgreementTerms terms, long version) {
    }

    public record Signature(long version) {
    }

    public record Revocation(@NotNull String reason, long version) {
    }

    @Inject
    DataSharingService agreements;

    @Inject
    AgreementPdf pdf;

    @Context
    HttpHeaders headers;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    public List<AgreementSummary> list() {
        return agreements.agreements(workspaceId);
    }

    @POST
    @Requires(Permission.MANAGE_DATA_SHARING)
    public Response create(@NotNull @Valid NewAgreement draft, @Context UriInfo uri) {
        AgreementDetails created = agreements.create(workspaceId, draft.title(), draft.terms());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{agreementId}")
    public AgreementDetails agreement(@PathParam("agreementId") long agreementId) {
        return agreements.agreement(workspaceId, agreementId);
    }

    /** New terms: in place while unsigned, else a new version awaiting both signatures. */
    @PUT
    @Path("{agreementId}")
    @Requires(Permission.MANAGE_DATA_SHARING)
    public AgreementDetails amend(@PathParam("agreementId") long agreementId,
                                  @NotNull @Valid AgreementChange change) {
        return agreements.amend(workspaceId, agreementId, change.version(), change.title(), change.terms());
    }

    @GET
    @Path("{agreementId}/versions/{number}")
    public AgreementDetails version(@PathParam("agreementId") long agreementId, @PathParam("number") int number) {
        return agreements.version(workspaceId, agreementId, number);
    }

    @GET
    @Path("{agreementId}/diff")
    public List<TermsDiff.Change> diff(@PathParam("agreementId") long agreementId, @QueryParam("from") int from,
                                       @QueryParam("to") int to) {
        return agreements.diff(workspaceId, agreementId, from, to);
    }

    /** The version with its signatures as a PDF, in the language asked for ({@code lang}, else the request's). */
    @GET
    @Path("{agreementId}/versions/{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("agreementId") long agreementId, @PathParam("number") int number,
                        @QueryParam("lang") String lang) {
        AgreementDetails agreement = agreements.version(workspaceId, agreementId, number);
        return Response.ok(pdf.write(agreement, locale(lang)), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(AgreementPdf.fileName(agreement)))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /** The caller signs the current version for their party. */
    @POST
    @Path("{agreementId}/signatures")
    @Requires(Permission.SIGN_DATA_SHARING)
    public AgreementDetails sign(@PathParam("agreementId") long agreementId, @NotNull @Valid Signature signature) {
        return agreements.sign(workspaceId, agreementId, signature.version());
    }

    @POST
    @Path("{agreementId}/revocation")
    @Requires(Permission.SIGN_DATA_SHARING)
    public AgreementDetails revoke(@PathParam("agreementId") long agreementId,
                                   @NotNull @Valid Revocation revocation) {
        return agreements.revoke(workspaceId, agreementId, revocation.version(), revocation.reason());
    }

    private Locale locale(String lang) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip());
        }
        return headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }
}

package io.tandem.api.improvement;

import io.tandem.api.ContentDisposition;
import io.tandem.api.Problems;
import io.tandem.api.Requires;
import io.tandem.improvement.AttachmentDetails;
import io.tandem.improvement.CommentDetails;
import io.tandem.improvement.Effort;
import io.tandem.improvement.IdeaAttachmentService;
import io.tandem.improvement.IdeaDetails;
import io.tandem.improvement.IdeaProposal;
import io.tandem.improvement.IdeaService;
import io.tandem.improvement.IdeaStatus;
import io.tandem.improvement.MeasuredBenefitService;
import io.tandem.improvement.MeasuredChange;
import io.tandem.improvement.RealisedBenefit;
import io.tandem.platform.file.DocumentFile;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Improvement ideas: propose, edit, move through the pipeline ({@code POST .../transitions}, who
 * may is {@code IdeaPipeline}'s matrix), record and confirm the realised benefit, vote, comment,
 * attach files, and read the benefit measured from the levels' months.
 */
@Path("workspaces/{workspaceId}/ideas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaResource {

    /** An idea's content; {@code version} only when editing. */
    public record Proposal(String title, String problem, String proposal, String touchpoint, Effort effort,
                           Long contractId, List<Long> serviceLevelIds, BigDecimal expectedSaving,
                           BigDecimal expectedCsatPoints, Integer expectedHandleSeconds, String expectedNote,
                           Long clientOwnerId, Long providerOwnerId, Long version) {

        IdeaProposal content() {
            return new IdeaProposal(title, problem, proposal, touchpoint, effort, contractId, serviceLevelIds,
                    expectedSaving, expectedCsatPoints, expectedHandleSeconds, expectedNote, clientOwnerId,
                    providerOwnerId);
        }
    }

    /** A move to {@code to}: a rejection carries a {@code reason}, an implementation may carry its date. */
    public record Transition(@NotNull IdeaStatus to, String reason, LocalDate implementedOn, long version) {
    }

    public record Benefit(BigDecimal saving, BigDecimal csatPoints, Integer handleSeconds, String note, long version) {
    }

    public record Comment(String body, Long parentId) {
    }

    @Inject
    IdeaService ideas;

    @Inject
    IdeaAttachmentService attachments;

    @Inject
    MeasuredBenefitService measured;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    public List<IdeaDetails> list() {
        return ideas.ideas(workspaceId);
    }

    @POST
    @Requires(Permission.PROPOSE_IDEAS)
    public Response propose(@NotNull Proposal proposal) {
        return Response.status(Response.Status.CREATED).entity(ideas.propose(workspaceId, proposal::content)).build();
    }

    @GET
    @Path("{ideaId}")
    public IdeaDetails idea(@PathParam("ideaId") long ideaId) {
        return ideas.idea(workspaceId, ideaId);
    }

    @PUT
    @Path("{ideaId}")
    @Requires(Permission.PROPOSE_IDEAS)
    public IdeaDetails edit(@PathParam("ideaId") long ideaId, @NotNull Proposal proposal) {
        return ideas.edit(workspaceId, ideaId, proposal.version() == null ? -1 : proposal.version(), proposal::content);
    }

    @POST
    @Path("{ideaId}/transitions")
    @Requires({Permission.DECIDE_IDEAS, Permission.PROGRESS_IDEAS, Permission.CLAIM_BENEFIT})
    public IdeaDetails move(@PathParam("ideaId") long ideaId, @NotNull Transition transition) {
        return ideas.move(workspaceId, ideaId, transition.version(), transition.to(), transition.reason(),
                transition.implementedOn());
    }

    @POST
    @Path("{ideaId}/benefit")
    @Requires(Permission.CLAIM_BENEFIT)
    public IdeaDetails recordBenefit(@PathParam("ideaId") long ideaId, @NotNull Benefit benefit) {
        return ideas.recordBenefit(workspaceId, ideaId, benefit.version(), new RealisedBenefit(benefit.saving(),
                benefit.csatPoints(), benefit.handleSeconds(), benefit.note()));
    }

    /** Casts the caller's vote, or withdraws it when already cast. */
    @POST
    @Path("{ideaId}/vote")
    @Consumes(MediaType.WILDCARD)
    @Requires(Permission.PROPOSE_IDEAS)
    public IdeaDetails vote(@PathParam("ideaId") long ideaId) {
        return ideas.toggleVote(workspaceId, ideaId);
    }

    @GET
    @Path("{ideaId}/comments")
    public List<CommentDetails> comments(@PathParam("ideaId") long ideaId) {
        return ideas.comments(workspaceId, ideaId);
    }

    @POST
    @Path("{ideaId}/comments")
    @Requires(Permission.PROPOSE_IDEAS)
    public Response comment(@PathParam("ideaId") long ideaId, @NotNull Comment comment) {
        return Response.status(Response.Status.CREATED)
                .entity(ideas.comment(workspaceId, ideaId, comment.parentId(), comment.body())).build();
    }

    /** Each named level's settled months before and after the implementation month ({@code months}, 1-12, default 3). */
    @GET
    @Path("{ideaId}/measured-benefit")
    public List<MeasuredChange> measuredBenefit(@PathParam("ideaId") long ideaId,
                                                @QueryParam("months") @DefaultValue("3") int months) {
        return measured.measured(workspaceId, ideaId, months);
    }

    @GET
    @Path("{ideaId}/attachments")
    public List<AttachmentDetails> attachments(@PathParam("ideaId") long ideaId) {
        return attachments.attachments(workspaceId, ideaId);
    }

    /** The file itself as the body, named by {@code Content-Disposition}, checked as contract documents are. */
    @POST
    @Path("{ideaId}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Requires(Permission.PROPOSE_IDEAS)
    public Response attach(@PathParam("ideaId") long ideaId,
                           @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition, InputStream body,
                           @Context UriInfo uri) throws IOException {
        Optional<String> fileName = ContentDisposition.fileName(disposition);
        if (fileName.isEmpty()) {
            return Problems.response("invalid-request", 400, "Name the file in the header "
                    + "Content-Disposition: attachment; filename=\"...\" and send its bytes as the body.");
        }
        byte[] content = body.readNBytes(DocumentFile.MAX_SIZE_BYTES + 1);
        AttachmentDetails created = attachments.attach(workspaceId, ideaId, fileName.get(), content);
        return Response.created(uri.getBaseUriBuilder().path(IdeaAttachmentResource.class)
                .path(String.valueOf(created.id())).build(workspaceId)).entity(created).build();
    }
}

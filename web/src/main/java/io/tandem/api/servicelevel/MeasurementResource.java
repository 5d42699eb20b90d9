package io.tandem.api.servicelevel;

import io.tandem.api.Requires;
import io.tandem.servicelevel.MeasurementCsv;
import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementLine;
import io.tandem.servicelevel.MeasurementRevision;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.MeasurementSource;
import io.tandem.tenancy.Permission;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurements and their review. The provider's systems submit months one at a time or in bulk
 * (JSON array or CSV, all or nothing: a 422 problem lists every rejected line and nothing is
 * stored); the client accepts, disputes and resolves; both sides write in a dispute's thread.
 */
@Path("workspaces/{workspaceId}/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    public record Submission(@NotNull Long serviceLevelId, @NotNull YearMonth period, BigDecimal value,
                             BigDecimal numerator, BigDecimal denominator, String evidence) {
    }

    /**
     * One element of a JSON bulk submission; the service level by id or by name. The "line" a
     * rejection names is the element's position in the array, counted from 1.
     */
    public record BulkItem(String serviceLevel, String period, BigDecimal value, BigDecimal numerator,
                           BigDecimal denominator, String evidence) {
    }

    public record Correction(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String evidence,
                             long version) {
    }

    public record Review(long version) {
    }

    public record Dispute(@NotNull String reason, long version) {
    }

    public record Reply(@NotNull String text) {
    }

    public record Resolution(@NotNull String resolution, BigDecimal agreedValue, BigDecimal numerator,
                             BigDecimal denominator, long version) {
    }

    @Inject
    MeasurementService measurements;

    @PathParam("workspaceId")
    long workspaceId;

    /** What awaits a decision: submitted and disputed months. */
    @GET
    public List<MeasurementDetails> reviewQueue() {
        return measurements.reviewQueue(workspaceId);
    }

    @POST
    @Requires(Permission.SUBMIT_MEASUREMENTS)
    public Response submit(@NotNull @Valid Submission submission) {
        return Response.status(Response.Status.CREATED).entity(measurements.submit(workspaceId,
                submission.serviceLevelId(), submission.period(), submission.value(), submission.numerator(),
                submission.denominator(), submission.evidence(), MeasurementSource.API)).build();
    }

    /** Corrects a month the client has not reviewed yet, sending the version last read. */
    @PUT
    @Path("{measurementId}")
    @Requires(Permission.SUBMIT_MEASUREMENTS)
    public MeasurementDetails correct(@PathParam("measurementId") long measurementId,
                                   @NotNull @Valid Correction correction) {
        return measurements.correct(workspaceId, measurementId, correction.version(), correction.value(),
                correction.numerator(), correction.denominator(), correction.evidence(), MeasurementSource.API);
    }

    @POST
    @Path("bulk")
    @Requires(Permission.SUBMIT_MEASUREMENTS)
    public MeasurementService.BulkOutcome submitAll(@NotNull List<BulkItem> items) {
        List<MeasurementLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkItem item = items.get(i) == null ? new BulkItem(null, null, null, null, null, null) : items.get(i);
            lines.add(new MeasurementLine(i + 1, item.serviceLevel(), item.period(), item.value(),
                    item.numerator(), item.denominator(), item.evidence()));
        }
        return measurements.submitAll(workspaceId, lines, MeasurementSource.API);
    }

    /** The CSV form of a bulk submission; the problem's line numbers are the file's. */
    @POST
    @Path("bulk")
    @Consumes("text/csv")
    @Requires(Permission.SUBMIT_MEASUREMENTS)
    public MeasurementService.BulkOutcome submitCsv(String csv) {
        return measurements.submitAll(workspaceId, MeasurementCsv.parse(csv), MeasurementSource.IMPORT);
    }

    @GET
    @Path("{measurementId}")
    public MeasurementDetails measurement(@PathParam("measurementId") long measurementId) {
        return measurements.measurement(workspaceId, measurementId);
    }

    /** Every state the measurement has been in, from its audit trail. */
    @GET
    @Path("{measurementId}/history")
    public List<MeasurementRevision> history(@PathParam("measurementId") long measurementId) {
        return measurements.history(workspaceId, measurementId);
    }

    @POST
    @Path("{measurementId}/acceptance")
    @Requires(Permission.REVIEW_MEASUREMENTS)
    public MeasurementDetails accept(@PathParam("measurementId") long measurementId, @NotNull Review review) {
        return measurements.accept(workspaceId, measurementId, review.version());
    }

    @POST
    @Path("{measurementId}/dispute")
    @Requires(Permission.REVIEW_MEASUREMENTS)
    public MeasurementDetails dispute(@PathParam("measurementId") long measurementId, @NotNull @Valid Dispute dispute) {
        return measurements.dispute(workspaceId, measurementId, dispute.version(), dispute.reason());
    }

    @POST
    @Path("{measurementId}/dispute/replies")
    @Requires({Permission.ANSWER_DISPUTES, Permission.REVIEW_MEASUREMENTS})
    public MeasurementDetails reply(@PathParam("measurementId") long measurementId, @NotNull @Valid Reply reply) {
        return measurements.reply(workspaceId, measurementId, reply.text());
    }

    @POST
    @Path("{measurementId}/dispute/resolution")
    @Requires(Permission.REVIEW_MEASUREMENTS)
    public MeasurementDetails resolve(@PathParam("measurementId") long measurementId,
                                   @NotNull @Valid Resolution resolution) {
        return measurements.resolve(workspaceId, measurementId, resolution.version(), resolution.resolution(),
                resolution.agreedValue(), resolution.numerator(), resolution.denominator());
    }
}

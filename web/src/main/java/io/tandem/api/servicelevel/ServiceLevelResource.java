package io.tandem.api.servicelevel;

import io.tandem.analytics.KpiService;
import io.tandem.api.Requires;
import io.tandem.api.analytics.KpiAnswers;
import io.tandem.servicelevel.AbandonTreatment;
import io.tandem.servicelevel.Commitment;
import io.tandem.servicelevel.ComputationTerms;
import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.ResolutionBasis;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A workspace's service levels with their target history. Changes carry the {@code version} last
 * read; a stale one is refused with 409.
 */
@Path("workspaces/{workspaceId}/service-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceLevelResource {

    public record LevelChange(@NotNull String name, boolean critical, @NotNull BigDecimal allocationPercent,
                              @NotNull YearMonth effectiveFrom, YearMonth effectiveTo, long version) {
    }

    public record TargetChange(@NotNull YearMonth appliesFrom, @NotNull BigDecimal expectedLevel,
                               @NotNull BigDecimal minimumLevel, long version) {
    }

    /** Reported by the provider, or computed from the interaction records with these conventions. */
    public record ComputationChange(boolean computed, Integer shortAbandonSeconds, AbandonTreatment abandonTreatment,
                                    ResolutionBasis resolutionBasis, long version) {
    }

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    KpiService kpis;

    @Context
    HttpHeaders headers;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    public List<ServiceLevelDetails> list() {
        return serviceLevels.serviceLevels(workspaceId);
    }

    /** A computed level's monthly series; see {@link KpiAnswers#series}. */
    @GET
    @Path("{serviceLevelId}/kpis")
    public KpiAnswers.Series kpis(@PathParam("serviceLevelId") long serviceLevelId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return new KpiAnswers(kpis, headers).series(workspaceId, serviceLevelId, from, to);
    }

    /** A computed level's day by 30-minute interval; see {@link KpiAnswers#intraday}. */
    @GET
    @Path("{serviceLevelId}/intraday")
    public KpiAnswers.Intraday intraday(@PathParam("serviceLevelId") long serviceLevelId,
                                        @QueryParam("day") String day, @QueryParam("queue") String queue) {
        return new KpiAnswers(kpis, headers).intraday(workspaceId, serviceLevelId, day, queue);
    }

    @GET
    @Path("{serviceLevelId}")
    public ServiceLevelDetails serviceLevel(@PathParam("serviceLevelId") long serviceLevelId) {
        return serviceLevels.serviceLevel(workspaceId, serviceLevelId);
    }

    @PUT
    @Path("{serviceLevelId}")
    @Requires(Permission.MANAGE_SERVICE_LEVELS)
    public ServiceLevelDetails change(@PathParam("serviceLevelId") long serviceLevelId, @NotNull @Valid LevelChange change) {
        return serviceLevels.change(workspaceId, serviceLevelId, change.version(), change.name(),
                new Commitment(change.critical(), change.allocationPercent(), change.effectiveFrom(),
                        change.effectiveTo()));
    }

    @PUT
    @Path("{serviceLevelId}/target")
    @Requires(Permission.MANAGE_SERVICE_LEVELS)
    public ServiceLevelDetails changeTarget(@PathParam("serviceLevelId") long serviceLevelId,
                                         @NotNull @Valid TargetChange change) {
        return serviceLevels.changeTarget(workspaceId, serviceLevelId, change.version(), change.appliesFrom(),
                change.expectedLevel(), change.minimumLevel());
    }

    @PUT
    @Path("{serviceLevelId}/computation")
    @Requires(Permission.MANAGE_SERVICE_LEVELS)
    public ServiceLevelDetails changeComputation(@PathParam("serviceLevelId") long serviceLevelId,
                                                 @NotNull ComputationChange change) {
        return serviceLevels.changeComputation(workspaceId, serviceLevelId, change.version(), new ComputationTerms(
                change.computed(), change.shortAbandonSeconds(), change.abandonTreatment(), change.resolutionBasis()));
    }

    @GET
    @Path("{serviceLevelId}/measurements")
    public List<MeasurementDetails> measurements(@PathParam("serviceLevelId") long serviceLevelId) {
        return measurements.measurements(workspaceId, serviceLevelId);
    }
}

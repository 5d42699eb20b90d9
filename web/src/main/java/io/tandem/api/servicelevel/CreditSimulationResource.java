package io.tandem.api.servicelevel;

import io.tandem.api.Requires;
import io.tandem.contract.CreditRegime;
import io.tandem.servicelevel.CreditService;
import io.tandem.servicelevel.MeasurementCsv;
import io.tandem.servicelevel.SimulationReport;
import io.tandem.tenancy.Permission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/**
 * The credit simulator: a contract's settled months (or the figures of {@code csv}, in the bulk
 * format, stored nowhere) replayed under its current regime and a proposed one.
 */
@Path("workspaces/{workspaceId}/contracts/{contractId}/credit-simulation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditSimulationResource {

    public record Proposal(@NotNull BigDecimal atRiskPercent, @NotNull BigDecimal poolAllocationCapPercent,
                           int earnBackPeriods, @NotNull BigDecimal continuousImprovementPercent,
                           @NotNull BigDecimal clientGainSharePercent, String csv) {
    }

    @Inject
    CreditService credits;

    @PathParam("workspaceId")
    long workspaceId;

    @PathParam("contractId")
    long contractId;

    @POST
    @Requires(Permission.SIMULATE_CREDITS)
    public SimulationReport simulate(@NotNull @Valid Proposal proposal) {
        return credits.simulate(workspaceId, contractId, new CreditRegime(proposal.atRiskPercent(),
                        proposal.poolAllocationCapPercent(), proposal.earnBackPeriods(),
                        proposal.continuousImprovementPercent(), proposal.clientGainSharePercent()),
                proposal.csv() == null || proposal.csv().isBlank() ? null : MeasurementCsv.parse(proposal.csv()));
    }
}

package io.tandem.api.contract;

import io.tandem.api.Requires;
import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * A workspace's contracts. Changes carry the {@code version} the caller last read; a stale one is
 * refused with 409 rather than overwriting someone else's change.
 */
@Path("workspaces/{workspaceId}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    public record StatusChange(@NotNull ContractStatus status, long version) {
    }

    public record TermsChange(@NotNull @Valid NewContract terms, long version) {
    }

    public record RegimeChange(@NotNull BigDecimal atRiskPercent, @NotNull BigDecimal poolAllocationCapPercent,
                               int earnBackPeriods, @NotNull BigDecimal continuousImprovementPercent,
                               @NotNull BigDecimal clientGainSharePercent, long version) {
    }

    @Inject
    ContractService contracts;

    @PathParam("workspaceId")
    long workspaceId;

    @GET
    public List<ContractDetails> list() {
        return contracts.contracts(workspaceId);
    }

    @POST
    @Requires(Permission.MANAGE_CONTRACTS)
    public Response create(@NotNull NewContract draft, @Context UriInfo uri) {
        ContractDetails created = contracts.create(workspaceId, draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{contractId}")
    public ContractDetails contract(@PathParam("contractId") long contractId) {
        return contracts.contract(workspaceId, contractId);
    }

    @PUT
    @Path("{contractId}/terms")
    @Requires(Permission.MANAGE_CONTRACTS)
    public ContractDetails changeTerms(@PathParam("contractId") long contractId, @NotNull @Valid TermsChange change) {
        return contracts.changeTerms(workspaceId, contractId, change.version(), change.terms());
    }

    @PUT
    @Path("{contractId}/credit-regime")
    @Requires(Permission.MANAGE_CONTRACTS)
    public ContractDetails setCreditRegime(@PathParam("contractId") long contractId,
                                           @NotNull @Valid RegimeChange change) {
        return contracts.setCreditRegime(workspaceId, contractId, change.version(), new CreditRegime(
                change.atRiskPercent(), change.poolAllocationCapPercent(), change.earnBackPeriods(),
                change.continuousImprovementPercent(), change.clientGainSharePercent()));
    }

    @POST
    @Path("{contractId}/status")
    @Requires(Permission.MANAGE_CONTRACTS)
    public ContractDetails moveTo(@PathParam("contractId") long contractId, @NotNull @Valid StatusChange change) {
        return contracts.moveTo(workspaceId, contractId, change.version(), change.status());
    }
}

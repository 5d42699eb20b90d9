package io.tandem.web.contract;

import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ObligationDetails;
import io.tandem.contract.ObligationService;
import io.tandem.contract.ObligationStatus;
import io.tandem.contract.Recurrence;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** One contract: its terms, its credit regime and its lifecycle. */
@Named
@ViewScoped
public class ContractView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    ContractService contracts;

    @Inject
    ObligationService obligationService;

    @Inject
    Messages messages;

    private long contractId;
    private ContractDetails contract;

    private List<ObligationDetails> obligations = List.of();
    private String obligationDescription;
    private Party obligationOwner = Party.PROVIDER;
    private LocalDate obligationDue;
    private Recurrence obligationRecurrence = Recurrence.ONCE;

    private final RegimeForm regime = new RegimeForm();

    public void load() {
        openWorkspace();
        show(contracts.contract(workspaceId, contractId));
        obligations = TableRows.of(obligationService.obligations(workspaceId, contractId));
    }

    public void addObligation() {
        if (messages.attempt(() -> obligationService.add(workspaceId, contractId, obligationDescription,
                obligationOwner, obligationDue, obligationRecurrence), "contract.obligations.added")) {
            obligationDescription = null;
            obligations = TableRows.of(obligationService.obligations(workspaceId, contractId));
        }
    }

    public void complete(ObligationDetails obligation) {
        messages.attempt(() -> obligationService.complete(workspaceId, obligation.id(), obligation.version()),
                "contract.obligations.completed");
        obligations = TableRows.of(obligationService.obligations(workspaceId, contractId));
    }

    /** Each side marks only its own obligations done. */
    public boolean mayComplete(ObligationDetails obligation) {
        return overview.allows(Permission.COMPLETE_OBLIGATIONS) && obligation.owner() == overview.party()
                && obligation.status() != ObligationStatus.DONE;
    }

    public Recurrence[] getRecurrences() {
        return Recurrence.values();
    }

    public List<ObligationDetails> getObligations() {
        return obligations;
    }

    public String getObligationDescription() {
        return obligationDescription;
    }

    public void setObligationDescription(String obligationDescription) {
        this.obligationDescription = obligationDescription;
    }

    public Party getObligationOwner() {
        return obligationOwner;
    }

    public void setObligationOwner(Party obligationOwner) {
        this.obligationOwner = obligationOwner;
    }

    public LocalDate getObligationDue() {
        return obligationDue;
    }

    public void setObligationDue(LocalDate obligationDue) {
        this.obligationDue = obligationDue;
    }

    public Recurrence getObligationRecurrence() {
        return obligationRecurrence;
    }

    public void setObligationRecurrence(Recurrence obligationRecurrence) {
        this.obligationRecurrence = obligationRecurrence;
    }

    public void saveRegime() {
        long version = contract.version();
        messages.attempt(() -> show(contracts.setCreditRegime(workspaceId, contractId, version, regime.regime())),
                "contract.detail.regime.saved");
    }

    public void moveTo(ContractStatus next) {
        long version = contract.version();
        messages.attempt(() -> show(contracts.moveTo(workspaceId, contractId, version, next)),
                "contract.detail.status.changed");
    }

    private void show(ContractDetails details) {
        contract = details;
        regime.fill(details.atRiskPercent(), details.poolAllocationCapPercent(), details.earnBackPeriods(),
                details.continuousImprovementPercent(), details.clientGainSharePercent());
    }

    public RegimeForm getRegime() {
        return regime;
    }

    public boolean isRegimeEditable() {
        return overview.allows(Permission.MANAGE_CONTRACTS) && contract.status().termsEditable();
    }

    public long getContractId() {
        return contractId;
    }

    public void setContractId(long contractId) {
        this.contractId = contractId;
    }

    public ContractDetails getContract() {
        return contract;
    }

}

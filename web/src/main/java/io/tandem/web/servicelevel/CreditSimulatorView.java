package io.tandem.web.servicelevel;

import io.tandem.platform.DomainException;
import io.tandem.platform.bulk.RejectedLinesException;
import io.tandem.servicelevel.CreditService;
import io.tandem.servicelevel.MeasurementCsv;
import io.tandem.servicelevel.MeasurementLine;
import io.tandem.servicelevel.SimulationBaseline;
import io.tandem.servicelevel.SimulationReport;
import io.tandem.web.contract.RegimeForm;
import io.tandem.web.shell.Messages;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The credit simulator for procurement: a proposed regime, prefilled with the contract's current
 * one, replayed over the contract's settled months or an uploaded file of figures.
 */
@Named
@ViewScoped
public class CreditSimulatorView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditService credits;

    @Inject
    Messages messages;

    private List<SimulationBaseline> baselines = List.of();
    private long contractId;
    private final RegimeForm proposal = new RegimeForm();
    private transient UploadedFile file;
    private SimulationReport simulation;
    private List<String> rejectedLines = List.of();

    public void load() {
        openWorkspace();
        baselines = credits.simulationBaselines(workspaceId);
        if (!baselines.isEmpty()) {
            contractId = baselines.get(0).contractId();
            prefill();
        }
    }

    /** Starts the proposal from the chosen contract's current regime. */
    public void prefill() {
        baselines.stream().filter(c -> c.contractId() == contractId).findFirst().ifPresent(c -> {
            proposal.fill(c.atRiskPercent(), c.poolAllocationCapPercent(), c.earnBackPeriods(),
                    c.continuousImprovementPercent(), c.clientGainSharePercent());
            simulation = null;
        });
    }

    public void simulate() {
        rejectedLines = List.of();
        simulation = null;
        try {
            List<MeasurementLine> uploaded = file == null || file.getSize() == 0 ? null
                    : MeasurementCsv.parse(new String(file.getContent(), StandardCharsets.UTF_8));
            simulation = credits.simulate(workspaceId, contractId, proposal.regime(), uploaded);
        } catch (RejectedLinesException e) {
            rejectedLines = messages.rejected(e);
        } catch (DomainException e) {
            messages.error(e.messageKey(), e.arguments().toArray());
        }
    }

    public List<SimulationBaseline> getBaselines() {
        return baselines;
    }

    public long getContractId() {
        return contractId;
    }

    public void setContractId(long contractId) {
        this.contractId = contractId;
    }

    public RegimeForm getProposal() {
        return proposal;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public SimulationReport getSimulation() {
        return simulation;
    }

    public List<String> getRejectedLines() {
        return rejectedLines;
    }
}

package io.tandem.web.servicelevel;

import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.servicelevel.AbandonTreatment;
import io.tandem.servicelevel.Direction;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.ResolutionBasis;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** A workspace's service levels with their target history; the client defines and retargets them. */
@Named
@ViewScoped
public class ServiceLevelsView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    ContractService contracts;

    @Inject
    Messages messages;

    private List<ServiceLevelDetails> levels = List.of();
    private List<ContractDetails> contractList = List.of();

    private final ServiceLevelForm newLevel = new ServiceLevelForm();
    private final LevelChangeForm levelChange = new LevelChangeForm();
    private final TargetForm target = new TargetForm();
    private final ComputationForm newComputation = new ComputationForm();
    private final ComputationForm computation = new ComputationForm();

    public void load() {
        openWorkspace();
        levels = TableRows.of(serviceLevels.serviceLevels(workspaceId));
        if (overview.allows(Permission.MANAGE_SERVICE_LEVELS)) {
            // a contract in force gets new levels by amendment only
            contractList = contracts.contracts(workspaceId).stream().filter(c -> c.status().termsEditable()).toList();
        }
    }

    public void define() {
        if (messages.attempt(() -> serviceLevels.define(workspaceId, newLevel.getContractId(), newLevel.definition(),
                newComputation.terms()), "servicelevel.levels.defined")) {
            newLevel.setName(null);
            levels = TableRows.of(serviceLevels.serviceLevels(workspaceId));
        }
    }

    /** Starts the change form from the chosen level as it is. */
    public void pickChanged() {
        selected(levelChange.getLevelId()).ifPresent(levelChange::fill);
    }

    public void change() {
        ServiceLevelDetails level = selected(levelChange.getLevelId()).orElse(null);
        if (level == null) {
            messages.error("servicelevel.levels.choose");
            return;
        }
        if (messages.attempt(() -> serviceLevels.change(workspaceId, level.id(), level.version(), levelChange.getName(),
                levelChange.commitment(level)), "servicelevel.levels.changed")) {
            levels = TableRows.of(serviceLevels.serviceLevels(workspaceId));
        }
    }

    public void changeTarget() {
        ServiceLevelDetails level = selected(target.getLevelId()).orElse(null);
        if (level == null) {
            messages.error("servicelevel.levels.choose");
            return;
        }
        if (messages.attempt(() -> serviceLevels.changeTarget(workspaceId, level.id(), level.version(),
                target.getAppliesFrom(), target.getExpected(), target.getMinimum()), "servicelevel.levels.retargeted")) {
            levels = TableRows.of(serviceLevels.serviceLevels(workspaceId));
        }
    }

    /** Starts the computation form from the chosen level's conventions. */
    public void pickComputed() {
        selected(computation.getLevelId()).ifPresent(level -> computation.fill(level.kpi()));
    }

    public void changeComputation() {
        ServiceLevelDetails level = selected(computation.getLevelId()).orElse(null);
        if (level == null) {
            messages.error("servicelevel.levels.choose");
            return;
        }
        if (messages.attempt(() -> serviceLevels.changeComputation(workspaceId, level.id(), level.version(),
                computation.terms()), "servicelevel.levels.computationChanged")) {
            levels = TableRows.of(serviceLevels.serviceLevels(workspaceId));
        }
    }

    public AbandonTreatment[] getAbandonTreatments() {
        return AbandonTreatment.values();
    }

    public ResolutionBasis[] getResolutionBases() {
        return ResolutionBasis.values();
    }

    public ComputationForm getNewComputation() {
        return newComputation;
    }

    public ComputationForm getComputation() {
        return computation;
    }

    private Optional<ServiceLevelDetails> selected(long id) {
        return levels.stream().filter(l -> l.id() == id).findFirst();
    }

    public Metric[] getMetrics() {
        return Metric.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public List<ServiceLevelDetails> getLevels() {
        return levels;
    }

    public List<ContractDetails> getContractList() {
        return contractList;
    }

    public ServiceLevelForm getNewLevel() {
        return newLevel;
    }

    public LevelChangeForm getLevelChange() {
        return levelChange;
    }

    public TargetForm getTarget() {
        return target;
    }
}

package io.tandem.web.servicelevel;

import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.servicelevel.Commitment;
import io.tandem.servicelevel.Direction;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.NewServiceLevel;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.servicelevel.ServiceLevelView;
import io.tandem.web.shell.Figures;
import io.tandem.web.shell.Messages;
import io.tandem.web.workspace.WorkspacePage;
import io.tandem.workspace.Permission;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
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

    private List<ServiceLevelView> levels = List.of();
    private List<ContractDetails> contractList = List.of();

    private long contractId;
    private String name;
    private Metric metric = Metric.SERVICE_LEVEL;
    private Integer metricParameter;
    private String metricDefinition;
    private Direction direction;
    private boolean critical = true;
    private BigDecimal allocationPercent;
    private YearMonth effectiveFrom;
    private YearMonth effectiveTo;
    private BigDecimal expectedLevel;
    private BigDecimal minimumLevel;

    private long changedLevelId;
    private String changedName;
    private boolean changedCritical;
    private BigDecimal changedAllocationPercent;
    private YearMonth changedTo;

    private long targetLevelId;
    private YearMonth targetFrom = YearMonth.now().plusMonths(1);
    private BigDecimal targetExpected;
    private BigDecimal targetMinimum;

    public void load() {
        openWorkspace();
        levels = serviceLevels.serviceLevels(workspaceId);
        if (overview.allows(Permission.MANAGE_SERVICE_LEVELS)) {
            // a contract in force gets new levels by amendment only
            contractList = contracts.contracts(workspaceId).stream().filter(c -> c.status().termsEditable()).toList();
        }
    }

    public void define() {
        NewServiceLevel definition = new NewServiceLevel(name, metric, metricParameter, metricDefinition,
                metric == Metric.CUSTOM ? direction : null, critical, critical ? allocationPercent : BigDecimal.ZERO,
                effectiveFrom, effectiveTo, expectedLevel, minimumLevel);
        if (messages.attempt(() -> serviceLevels.define(workspaceId, contractId, definition),
                "servicelevel.levels.defined")) {
            name = null;
            levels = serviceLevels.serviceLevels(workspaceId);
        }
    }

    /** Starts the change form from the chosen level as it is. */
    public void pickChanged() {
        selected(changedLevelId).ifPresent(level -> {
            changedName = level.name();
            changedCritical = level.critical();
            changedAllocationPercent = Figures.plain(level.allocationPercent());
            changedTo = level.effectiveTo();
        });
    }

    public void change() {
        ServiceLevelView level = selected(changedLevelId).orElse(null);
        if (level == null) {
            messages.error("servicelevel.levels.choose");
            return;
        }
        Commitment commitment = new Commitment(changedCritical,
                changedCritical ? changedAllocationPercent : BigDecimal.ZERO, level.effectiveFrom(), changedTo);
        if (messages.attempt(() -> serviceLevels.change(workspaceId, level.id(), level.version(), changedName,
                commitment), "servicelevel.levels.changed")) {
            levels = serviceLevels.serviceLevels(workspaceId);
        }
    }

    private Optional<ServiceLevelView> selected(long id) {
        return levels.stream().filter(l -> l.id() == id).findFirst();
    }

    public void changeTarget() {
        ServiceLevelView level = selected(targetLevelId).orElse(null);
        if (level == null) {
            messages.error("servicelevel.levels.choose");
            return;
        }
        if (messages.attempt(() -> serviceLevels.changeTarget(workspaceId, level.id(), level.version(), targetFrom,
                targetExpected, targetMinimum), "servicelevel.levels.retargeted")) {
            levels = serviceLevels.serviceLevels(workspaceId);
        }
    }

    public Metric[] getMetrics() {
        return Metric.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public List<ServiceLevelView> getLevels() {
        return levels;
    }

    public List<ContractDetails> getContractList() {
        return contractList;
    }

    public long getContractId() {
        return contractId;
    }

    public void setContractId(long contractId) {
        this.contractId = contractId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Metric getMetric() {
        return metric;
    }

    public void setMetric(Metric metric) {
        this.metric = metric;
    }

    public Integer getMetricParameter() {
        return metricParameter;
    }

    public void setMetricParameter(Integer metricParameter) {
        this.metricParameter = metricParameter;
    }

    public String getMetricDefinition() {
        return metricDefinition;
    }

    public void setMetricDefinition(String metricDefinition) {
        this.metricDefinition = metricDefinition;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public boolean isCritical() {
        return critical;
    }

    public void setCritical(boolean critical) {
        this.critical = critical;
    }

    public BigDecimal getAllocationPercent() {
        return allocationPercent;
    }

    public void setAllocationPercent(BigDecimal allocationPercent) {
        this.allocationPercent = allocationPercent;
    }

    public YearMonth getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(YearMonth effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public YearMonth getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(YearMonth effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public BigDecimal getExpectedLevel() {
        return expectedLevel;
    }

    public void setExpectedLevel(BigDecimal expectedLevel) {
        this.expectedLevel = expectedLevel;
    }

    public BigDecimal getMinimumLevel() {
        return minimumLevel;
    }

    public void setMinimumLevel(BigDecimal minimumLevel) {
        this.minimumLevel = minimumLevel;
    }

    public long getChangedLevelId() {
        return changedLevelId;
    }

    public void setChangedLevelId(long changedLevelId) {
        this.changedLevelId = changedLevelId;
    }

    public String getChangedName() {
        return changedName;
    }

    public void setChangedName(String changedName) {
        this.changedName = changedName;
    }

    public boolean isChangedCritical() {
        return changedCritical;
    }

    public void setChangedCritical(boolean changedCritical) {
        this.changedCritical = changedCritical;
    }

    public BigDecimal getChangedAllocationPercent() {
        return changedAllocationPercent;
    }

    public void setChangedAllocationPercent(BigDecimal changedAllocationPercent) {
        this.changedAllocationPercent = changedAllocationPercent;
    }

    public YearMonth getChangedTo() {
        return changedTo;
    }

    public void setChangedTo(YearMonth changedTo) {
        this.changedTo = changedTo;
    }

    public long getTargetLevelId() {
        return targetLevelId;
    }

    public void setTargetLevelId(long targetLevelId) {
        this.targetLevelId = targetLevelId;
    }

    public YearMonth getTargetFrom() {
        return targetFrom;
    }

    public void setTargetFrom(YearMonth targetFrom) {
        this.targetFrom = targetFrom;
    }

    public BigDecimal getTargetExpected() {
        return targetExpected;
    }

    public void setTargetExpected(BigDecimal targetExpected) {
        this.targetExpected = targetExpected;
    }

    public BigDecimal getTargetMinimum() {
        return targetMinimum;
    }

    public void setTargetMinimum(BigDecimal targetMinimum) {
        this.targetMinimum = targetMinimum;
    }
}

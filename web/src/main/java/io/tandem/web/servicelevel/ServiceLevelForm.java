package io.tandem.web.servicelevel;

import io.tandem.servicelevel.Direction;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.NewServiceLevel;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A new service level as the client types it on the service-levels page. */
public class ServiceLevelForm implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /**
     * The definition the form describes: a direction is chosen for a custom metric only (the others
     * fix their own), and a key level carries no allocation whatever was typed.
     */
    public NewServiceLevel definition() {
        return new NewServiceLevel(name, metric, metricParameter, metricDefinition,
                metric == Metric.CUSTOM ? direction : null, critical, allocation(critical, allocationPercent),
                effectiveFrom, effectiveTo, expectedLevel, minimumLevel);
    }

    /** The allocation a level gets: the typed one when critical, none when key (reported only). */
    static BigDecimal allocation(boolean critical, BigDecimal typed) {
        return critical ? typed : BigDecimal.ZERO;
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
}

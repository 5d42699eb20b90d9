package io.tandem.web.servicelevel;

import io.tandem.servicelevel.Direction;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.NewServiceLevel;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A new service level as the client types it on the service-levels page; it starts critical. */
public class ServiceLevelForm extends LevelTermsForm {

    private static final long serialVersionUID = 1L;

    private long contractId;
    private Metric metric = Metric.SERVICE_LEVEL;
    private Integer metricParameter;
    private String metricDefinition;
    private Direction direction;
    private YearMonth effectiveFrom;
    private BigDecimal expectedLevel;
    private BigDecimal minimumLevel;

    public ServiceLevelForm() {
        super(true);
    }

    /** The definition the form describes: only a custom metric takes the chosen direction, the others fix their own. */
    public NewServiceLevel definition() {
        return new NewServiceLevel(getName(), metric, metricParameter, metricDefinition,
                metric == Metric.CUSTOM ? direction : null, isCritical(), getAllocationPercent(), effectiveFrom,
                getEffectiveTo(), expectedLevel, minimumLevel);
    }

    public long getContractId() {
        return contractId;
    }

    public void setContractId(long contractId) {
        this.contractId = contractId;
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

    public YearMonth getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(YearMonth effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
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

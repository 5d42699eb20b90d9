package io.tandem.web.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month's figure as the provider enters it: the level, the month, and a value or the ratio it
 * comes from, with its evidence. It starts on last month.
 */
public class MeasurementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long serviceLevelId;
    private YearMonth period = YearMonth.now().minusMonths(1);
    private BigDecimal value;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private String evidence;

    /** Clears the figures once submitted; the level and month stay for the next entry. */
    public void clearFigures() {
        value = null;
        numerator = null;
        denominator = null;
        evidence = null;
    }

    public long getServiceLevelId() {
        return serviceLevelId;
    }

    public void setServiceLevelId(long serviceLevelId) {
        this.serviceLevelId = serviceLevelId;
    }

    public YearMonth getPeriod() {
        return period;
    }

    public void setPeriod(YearMonth period) {
        this.period = period;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public void setNumerator(BigDecimal numerator) {
        this.numerator = numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public void setDenominator(BigDecimal denominator) {
        this.denominator = denominator;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}

package io.tandem.web.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A new target for a service level, from a month on: earlier months keep the target they were judged by. */
public class TargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long levelId;
    private YearMonth appliesFrom = YearMonth.now().plusMonths(1);
    private BigDecimal expected;
    private BigDecimal minimum;

    public long getLevelId() {
        return levelId;
    }

    public void setLevelId(long levelId) {
        this.levelId = levelId;
    }

    public YearMonth getAppliesFrom() {
        return appliesFrom;
    }

    public void setAppliesFrom(YearMonth appliesFrom) {
        this.appliesFrom = appliesFrom;
    }

    public BigDecimal getExpected() {
        return expected;
    }

    public void setExpected(BigDecimal expected) {
        this.expected = expected;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public void setMinimum(BigDecimal minimum) {
        this.minimum = minimum;
    }
}

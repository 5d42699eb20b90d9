package io.tandem.web.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What defining a service level and changing one both type: its name, critical or key, its
 * allocation and its last month. The allocation goes as typed: the level itself refuses one that
 * does not fit critical or key, with the same message whichever way it was sent.
 */
public abstract class LevelTermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private boolean critical;
    private BigDecimal allocationPercent;
    private YearMonth effectiveTo;

    protected LevelTermsForm(boolean critical) {
        this.critical = critical;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public YearMonth getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(YearMonth effectiveTo) {
        this.effectiveTo = effectiveTo;
    }
}

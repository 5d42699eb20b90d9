package io.tandem.web.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What defining a service level and changing one both type: its name, critical or key, its
 * allocation and its last month.
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

    /** The allocation the level gets: the typed one when critical, none when key (reported only). */
    protected BigDecimal allocation() {
        return critical ? allocationPercent : BigDecimal.ZERO;
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

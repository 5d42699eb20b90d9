package io.tandem.web.servicelevel;

import io.tandem.servicelevel.Commitment;
import io.tandem.servicelevel.ServiceLevelView;
import io.tandem.web.shell.Figures;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A change to an existing service level: its name, critical or key, allocation and last month. */
public class LevelChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long levelId;
    private String name;
    private boolean critical;
    private BigDecimal allocationPercent;
    private YearMonth effectiveTo;

    /** Starts the form from the level as it is; figures come as stored and are shown as typed. */
    public void fill(ServiceLevelView level) {
        name = level.name();
        critical = level.critical();
        allocationPercent = Figures.plain(level.allocationPercent());
        effectiveTo = level.effectiveTo();
    }

    /** The commitment the form describes for {@code level}, which keeps the month it started in. */
    public Commitment commitment(ServiceLevelView level) {
        return new Commitment(critical, ServiceLevelForm.allocation(critical, allocationPercent), level.effectiveFrom(),
                effectiveTo);
    }

    public long getLevelId() {
        return levelId;
    }

    public void setLevelId(long levelId) {
        this.levelId = levelId;
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

package io.tandem.web.servicelevel;

import io.tandem.servicelevel.Commitment;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.web.shell.Figures;

/** A change to an existing service level: its name, critical or key, allocation and last month. */
public class LevelChangeForm extends LevelTermsForm {

    private static final long serialVersionUID = 1L;

    private long levelId;

    public LevelChangeForm() {
        super(false);
    }

    /** Starts the form from the level as it is; figures come as stored and are shown as typed. */
    public void fill(ServiceLevelDetails level) {
        setName(level.name());
        setCritical(level.critical());
        setAllocationPercent(Figures.plain(level.allocationPercent()));
        setEffectiveTo(level.effectiveTo());
    }

    /** The commitment the form describes for {@code level}, which keeps the month it started in. */
    public Commitment commitment(ServiceLevelDetails level) {
        return new Commitment(isCritical(), getAllocationPercent(), level.effectiveFrom(), getEffectiveTo());
    }

    public long getLevelId() {
        return levelId;
    }

    public void setLevelId(long levelId) {
        this.levelId = levelId;
    }
}

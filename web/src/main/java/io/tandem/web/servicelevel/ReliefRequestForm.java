package io.tandem.web.servicelevel;

import java.io.Serializable;
import java.time.YearMonth;

/** The provider's request to excuse a month of a critical level, with its reason. */
public class ReliefRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long levelId;
    private YearMonth period = YearMonth.now().minusMonths(1);
    private String reason;

    public long getLevelId() {
        return levelId;
    }

    public void setLevelId(long levelId) {
        this.levelId = levelId;
    }

    public YearMonth getPeriod() {
        return period;
    }

    public void setPeriod(YearMonth period) {
        this.period = period;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

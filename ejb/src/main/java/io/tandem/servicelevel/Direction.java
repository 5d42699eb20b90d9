package io.tandem.servicelevel;

import java.math.BigDecimal;

/** Whether a service level's metric is better high (service level %, CSAT) or low (AHT, abandonment). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Whether {@code value} is at least as good as {@code level}. */
    public boolean meets(BigDecimal value, BigDecimal level) {
        int comparison = value.compareTo(level);
        return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }
}

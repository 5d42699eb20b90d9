package io.tandem.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * How a service level binds: critical (credit-bearing, with its share of the at-risk pool) or key
 * (reported only, no allocation), and the months it applies to (open-ended when {@code effectiveTo}
 * is null). A key level given no allocation carries 0%; one given another figure is refused by
 * {@link ServiceLevel}, so the rule lives in one place and no form fills the figure in for it.
 */
public record Commitment(boolean critical, BigDecimal allocationPercent, YearMonth effectiveFrom,
                         YearMonth effectiveTo) {

    public Commitment {
        if (!critical && allocationPercent == null) {
            allocationPercent = BigDecimal.ZERO;
        }
    }
}

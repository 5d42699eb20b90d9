package io.tandem.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * How a service level binds: critical (credit-bearing, with its share of the at-risk pool) or key
 * (reported only, no allocation), and the months it applies to (open-ended when {@code effectiveTo}
 * is null).
 */
public record Commitment(boolean critical, BigDecimal allocationPercent, YearMonth effectiveFrom,
                         YearMonth effectiveTo) {
}

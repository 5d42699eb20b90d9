package io.tandem.improvement;

import io.tandem.servicelevel.Direction;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * A service level's settled monthly values in the N months before an idea's implementation month
 * against the N months after it (the implementation month itself is left out: it is half one,
 * half the other). Each side's value is the plain mean of the months measured, to two decimals,
 * half-up; the change is after minus before, and it is an improvement when it goes the metric's
 * better way. With no month on either side there is nothing to compare.
 */
public record MeasuredChange(long serviceLevelId, String serviceLevel, YearMonth beforeFrom, YearMonth beforeTo,
                             YearMonth afterFrom, YearMonth afterTo, int monthsBefore, int monthsAfter,
                             BigDecimal before, BigDecimal after, BigDecimal change, Boolean improved)
        implements Serializable {

    public static MeasuredChange of(long serviceLevelId, String serviceLevel, YearMonth implemented, int months,
                                    List<BigDecimal> before, List<BigDecimal> after, Direction direction) {
        BigDecimal meanBefore = mean(before);
        BigDecimal meanAfter = mean(after);
        BigDecimal change = meanBefore == null || meanAfter == null ? null : meanAfter.subtract(meanBefore);
        Boolean improved = change == null || direction == null || change.signum() == 0 ? null
                : direction == Direction.HIGHER_IS_BETTER == change.signum() > 0;
        return new MeasuredChange(serviceLevelId, serviceLevel, implemented.minusMonths(months),
                implemented.minusMonths(1), implemented.plusMonths(1), implemented.plusMonths(months), before.size(),
                after.size(), meanBefore, meanAfter, change, improved);
    }

    public boolean comparable() {
        return change != null;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}

package io.tandem.analytics;

import io.tandem.servicelevel.Direction;
import io.tandem.servicelevel.KpiDefinition;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.PeriodResult;
import io.tandem.servicelevel.Target;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Where a computed level's month is heading, as of the end of day {@code asOf}.
 *
 * <p>Method: the month so far is summed as it is. Each remaining day of the month is assumed to
 * repeat the same weekday of the last seven days up to {@code asOf} (the recent daily profile:
 * numerator, denominator and contacts alike; a weekday without contacts adds nothing), so a closed
 * Sunday stays closed and a busy Monday stays busy. The projected value is that of the summed
 * figures. What it takes to recover is the value the remaining contacts (as many as the profile
 * expects) must reach for the month to end at the minimum level, and at the expected level: for
 * a higher-is-better level rounded up, for a lower-is-better one down, so that reaching it is
 * enough. It is out of reach when no such value exists (above 100 %, below 0 s).
 *
 * @param daysRemaining days of the month after {@code asOf}
 * @param monthToDateValue null while the month has nothing to judge
 * @param projectedValue null when neither the month nor the profile has anything to judge
 * @param result the projected value against the target, null without a projected value
 * @param toAvoidBreach the value the rest of the month needs to end at the minimum; null with no
 *                      remaining contacts expected
 * @param toMeet the same for the expected level
 */
public record MonthEndProjection(YearMonth month, LocalDate asOf, int daysRemaining, Figures monthToDate,
                                 BigDecimal monthToDateValue, Figures remaining, Figures projected,
                                 BigDecimal projectedValue, PeriodResult result, Needed toAvoidBreach, Needed toMeet)
        implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int WEEK = 7;

    /** The value the remaining contacts must reach (at least, or at most) and whether it can be reached. */
    public record Needed(BigDecimal value, boolean reachable) implements Serializable {
    }

    /**
     * @param days the level's figures per day, for at least the days of the month up to
     *             {@code asOf} and the seven days up to {@code asOf}; missing days had no contacts
     */
    public static MonthEndProjection of(KpiDefinition kpi, Target target, LocalDate asOf, Map<LocalDate, Figures> days) {
        YearMonth month = YearMonth.from(asOf);
        Figures soFar = Figures.NONE;
        for (LocalDate day = month.atDay(1); !day.isAfter(asOf); day = day.plusDays(1)) {
            soFar = soFar.plus(days.getOrDefault(day, Figures.NONE));
        }
        Figures rest = Figures.NONE;
        for (LocalDate day = asOf.plusDays(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            long weeksBack = (ChronoUnit.DAYS.between(asOf, day) + WEEK - 1) / WEEK;
            rest = rest.plus(days.getOrDefault(day.minusWeeks(weeksBack), Figures.NONE));
        }
        Figures projected = soFar.plus(rest);
        BigDecimal projectedValue = kpi.value(projected.numerator(), projected.denominator());
        return new MonthEndProjection(month, asOf, (int) ChronoUnit.DAYS.between(asOf, month.atEndOfMonth()), soFar,
                kpi.value(soFar.numerator(), soFar.denominator()), rest, projected, projectedValue,
                projectedValue == null ? null : target.evaluate(projectedValue),
                needed(kpi.metric(), target.direction(), target.minimum(), soFar, rest),
                needed(kpi.metric(), target.direction(), target.expected(), soFar, rest));
    }

    /**
     * The remaining contacts' value v for which the month ends exactly at {@code level}: with
     * n, d the month's figures so far and r the remaining denominator, (n + v·r/100) / (d + r) · 100
     * = level for a percentage or score, so v = (level·(d + r) − 100·n) / r; for seconds
     * (n + v·r) / (d + r) = level, so v = (level·(d + r) − n) / r.
     */
    private static Needed needed(Metric metric, Direction direction, BigDecimal level, Figures soFar, Figures rest) {
        BigDecimal remaining = rest.denominator();
        if (remaining.signum() == 0) {
            return null;
        }
        BigDecimal whole = level.multiply(soFar.denominator().add(remaining));
        BigDecimal numerator = metric.unit() == Metric.Unit.SECONDS ? soFar.numerator()
                : soFar.numerator().multiply(HUNDRED);
        BigDecimal value = whole.subtract(numerator).divide(remaining, KpiDefinition.SCALE,
                direction == Direction.HIGHER_IS_BETTER ? RoundingMode.CEILING : RoundingMode.FLOOR);
        // a higher-is-better level needs at most the best possible value; a lower-is-better one at least the lowest
        BigDecimal bound = direction == Direction.HIGHER_IS_BETTER ? metric.unit().highest() : metric.unit().lowest();
        boolean reachable = bound == null || (direction == Direction.HIGHER_IS_BETTER ? value.compareTo(bound) <= 0
                : value.compareTo(bound) >= 0);
        return new Needed(value, reachable);
    }

    /** Whether the month is heading for a breach: what early warning is for. */
    public boolean breachProjected() {
        return result == PeriodResult.BREACHED;
    }
}

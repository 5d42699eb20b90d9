package io.tandem.servicelevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * What a service level promises, as plain values: its targets over time and what continuous
 * improvement does to them. A period belongs to the contract year in which it starts; each
 * contract year after the one a target was set in moves its expected level toward the metric's
 * perfect value by the regime's rate (a renegotiated target is a new baseline). Metrics with no
 * perfect value are not improved.
 *
 * @param perfect the metric's best value, or null
 */
public record ServiceLevelTerms(String name, boolean critical, BigDecimal allocationPercent, TargetHistory targets,
                                BigDecimal perfect, LocalDate contractStart) {

    public Target targetFor(YearMonth period, BigDecimal improvementPercent) {
        Target target = targets.targetFor(period);
        if (perfect == null || improvementPercent == null || improvementPercent.signum() == 0) {
            return target;
        }
        long years = contractYear(period) - contractYear(targets.appliesFrom(period));
        for (long year = 0; year < years; year++) {
            target = target.improvedToward(perfect, improvementPercent);
        }
        return target;
    }

    public PeriodResult evaluate(YearMonth period, BigDecimal value, BigDecimal improvementPercent) {
        return targetFor(period, improvementPercent).evaluate(value);
    }

    /** 0 for the year starting on the contract's effective date, 1 for the next, ... */
    long contractYear(YearMonth period) {
        return Math.max(0, ChronoUnit.YEARS.between(contractStart, period.atDay(1)));
    }
}

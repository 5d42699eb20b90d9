package io.tandem.servicelevel;

import io.tandem.platform.Money;
import java.time.YearMonth;
import java.util.List;

/**
 * The credits a record of performance produced under the current regime and would have produced
 * under a proposed one, per period and in total. "Credited" counts every credit; "payable" only
 * those not earned back or still pending.
 */
public record Simulation(List<PeriodComparison> periods, Money currentCredited, Money currentPayable,
                         Money proposedCredited, Money proposedPayable) {

    public record PeriodComparison(YearMonth period, Money currentCredited, Money currentPayable,
                                   Money proposedCredited, Money proposedPayable) {

        public Money difference() {
            return proposedCredited.minus(currentCredited);
        }
    }

    static Simulation of(List<PeriodComparison> periods, Money zero) {
        return new Simulation(periods,
                periods.stream().map(PeriodComparison::currentCredited).reduce(zero, Money::plus),
                periods.stream().map(PeriodComparison::currentPayable).reduce(zero, Money::plus),
                periods.stream().map(PeriodComparison::proposedCredited).reduce(zero, Money::plus),
                periods.stream().map(PeriodComparison::proposedPayable).reduce(zero, Money::plus));
    }

    public Money difference() {
        return proposedCredited.minus(currentCredited);
    }
}

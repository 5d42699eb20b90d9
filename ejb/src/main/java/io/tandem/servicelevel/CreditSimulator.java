package io.tandem.servicelevel;

import io.tandem.contract.CreditRegime;
import io.tandem.platform.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays a record of performance under the current and a proposed regime. Everything the
 * regime touches is recomputed: continuous improvement moves the targets (and so the results),
 * the at-risk share and cap set the amounts, the earn-back window the statuses.
 */
public final class CreditSimulator {

    private final CreditCalculator calculator = new CreditCalculator();

    public Simulation compare(Money monthlyCharges, CreditRegime current, CreditRegime proposed,
                              List<LevelPerformance> levels) {
        Map<YearMonth, PeriodCredits> before = byPeriod(credits(monthlyCharges, current, levels));
        Map<YearMonth, PeriodCredits> after = byPeriod(credits(monthlyCharges, proposed, levels));
        SortedMap<YearMonth, Simulation.PeriodComparison> periods = new TreeMap<>();
        Money zero = Money.zero(monthlyCharges.currencyCode());
        for (YearMonth period : union(before, after)) {
            periods.put(period, new Simulation.PeriodComparison(period,
                    total(before.get(period), zero), payable(before.get(period), zero),
                    total(after.get(period), zero), payable(after.get(period), zero)));
        }
        return Simulation.of(List.copyOf(periods.values()), zero);
    }

    private List<PeriodCredits> credits(Money charges, CreditRegime regime, List<LevelPerformance> levels) {
        return calculator.credits(charges, regime, levels.stream()
                .map(level -> level.periods(regime.continuousImprovementPercent())).toList());
    }

    private static Map<YearMonth, PeriodCredits> byPeriod(List<PeriodCredits> credits) {
        return credits.stream().collect(Collectors.toMap(PeriodCredits::period, Function.identity()));
    }

    private static SortedSet<YearMonth> union(Map<YearMonth, ?> a, Map<YearMonth, ?> b) {
        SortedSet<YearMonth> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    private static Money total(PeriodCredits credits, Money zero) {
        return credits == null ? zero : credits.total();
    }

    private static Money payable(PeriodCredits credits, Money zero) {
        return credits == null ? zero : credits.credits().stream()
                .filter(credit -> credit.status() == CreditStatus.PAYABLE)
                .map(ServiceCredit::amount).reduce(zero, Money::plus);
    }
}

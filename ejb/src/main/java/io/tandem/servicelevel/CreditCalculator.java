package io.tandem.servicelevel;

import io.tandem.contract.CreditRegime;
import io.tandem.platform.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Service credits under a contract's regime. Plain arithmetic, no container:
 * <ul>
 * <li>a breach of a critical level (not excused by relief) earns monthly charges x at-risk % x
 * the level's pool allocation %, rounded half-up once to the currency's minor unit;</li>
 * <li>a period's credits are capped at monthly charges x at-risk %; when they add up to more, each
 * is scaled down pro rata and the minor units lost to rounding go to the largest remainders, so
 * the credits add up to the cap exactly;</li>
 * <li>a credit is waived (earned back) when its level is met in each of the next N periods;
 * until then it is pending, and a miss within those periods makes it payable.</li>
 * </ul>
 */
public final class CreditCalculator {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public List<PeriodCredits> credits(Money monthlyCharges, CreditRegime regime, List<LevelPeriods> levels) {
        List<LevelPeriods> critical = levels.stream().filter(LevelPeriods::critical).toList();
        regime.requireAllocationWithinCap(critical.stream().map(LevelPeriods::allocationPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        SortedSet<YearMonth> periods = new TreeSet<>();
        critical.forEach(level -> level.outcomes().forEach((period, outcome) -> {
            if (outcome.earnsCredit()) {
                periods.add(period);
            }
        }));
        Money atRisk = monthlyCharges.percent(regime.atRiskPercent());
        List<PeriodCredits> result = new ArrayList<>();
        for (YearMonth period : periods) {
            result.add(creditsFor(period, monthlyCharges, atRisk, regime, critical));
        }
        return result;
    }

    private PeriodCredits creditsFor(YearMonth period, Money charges, Money atRisk, CreditRegime regime,
                                     List<LevelPeriods> critical) {
        List<LevelPeriods> breached = critical.stream()
                .filter(level -> level.outcomes().containsKey(period) && level.outcomes().get(period).earnsCredit())
                .toList();
        List<Money> allocated = breached.stream()
                .map(level -> charges.times(regime.atRiskPercent().multiply(level.allocationPercent()), TEN_THOUSAND))
                .toList();
        Money periodAllocated = allocated.stream().reduce(Money.zero(charges.currencyCode()), Money::plus);
        boolean capped = periodAllocated.compareTo(atRisk) > 0;
        List<Money> amounts = capped ? proRata(allocated, periodAllocated, atRisk) : allocated;
        List<ServiceCredit> credits = new ArrayList<>();
        for (int i = 0; i < breached.size(); i++) {
            LevelPeriods level = breached.get(i);
            List<YearMonth> observed = new ArrayList<>();
            CreditStatus status = earnBackStatus(level, period, regime.earnBackPeriods(), observed);
            credits.add(new ServiceCredit(level.serviceLevelId(), level.serviceLevel(), period, amounts.get(i), status,
                    new ServiceCredit.Calculation(charges, regime.atRiskPercent(), level.allocationPercent(),
                            allocated.get(i), atRisk, periodAllocated,
                            capped ? ServiceCredit.Rule.CAPPED_PRO_RATA : ServiceCredit.Rule.ALLOCATION,
                            regime.earnBackPeriods(), List.copyOf(observed))));
        }
        Money total = amounts.stream().reduce(Money.zero(charges.currencyCode()), Money::plus);
        return new PeriodCredits(period, List.copyOf(credits), total, capped);
    }

    /** Scales each amount by cap / total; the minor units rounding leaves over go to the largest remainders. */
    private static List<Money> proRata(List<Money> allocated, Money total, Money cap) {
        int scale = cap.amount().scale();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> exact = allocated.stream()
                .map(a -> a.amount().multiply(cap.amount()).divide(total.amount(), scale + 10, RoundingMode.HALF_UP))
                .toList();
        List<BigDecimal> floored = new ArrayList<>(exact.stream().map(e -> e.setScale(scale, RoundingMode.DOWN)).toList());
        BigDecimal leftover = cap.amount().subtract(floored.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(floored.get(i))).reversed());
        for (int k = 0; leftover.signum() > 0; k++) {
            int i = byRemainder.get(k % byRemainder.size());
            floored.set(i, floored.get(i).add(unit));
            leftover = leftover.subtract(unit);
        }
        return floored.stream().map(amount -> Money.of(amount, cap.currencyCode())).toList();
    }

    private static CreditStatus earnBackStatus(LevelPeriods level, YearMonth breach, int window, List<YearMonth> observed) {
        if (window == 0) {
            return CreditStatus.PAYABLE;
        }
        for (int k = 1; k <= window; k++) {
            YearMonth next = breach.plusMonths(k);
            PeriodOutcome outcome = level.outcomes().get(next);
            if (outcome == null) {
                return CreditStatus.PENDING_EARN_BACK;
            }
            observed.add(next);
            if (!outcome.countsAsMet()) {
                return CreditStatus.PAYABLE;
            }
        }
        return CreditStatus.EARNED_BACK;
    }
}

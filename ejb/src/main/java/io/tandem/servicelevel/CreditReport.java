package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.platform.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One contract's service credits, each with the figures and rule it came from. */
public record CreditReport(long contractId, String contractReference, String currency, List<Line> credits,
                           BigDecimal payable, BigDecimal pendingEarnBack, BigDecimal earnedBack)
        implements Serializable {

    /**
     * @param cappedShare under the capped rule, the allocation scaled down to the cap (see
     *                    {@link ServiceCredit#cappedShare()}); null otherwise
     */
    public record Line(long serviceLevelId, String serviceLevel, YearMonth period, BigDecimal amount, String currency,
                       CreditStatus status, BigDecimal monthlyCharges, BigDecimal atRiskPercent,
                       BigDecimal allocationPercent, BigDecimal allocated, BigDecimal atRiskAmount,
                       BigDecimal periodAllocated, BigDecimal cappedShare, ServiceCredit.Rule rule, int earnBackPeriods,
                       List<YearMonth> earnBackObserved, String formula) implements Serializable {

        static Line of(ServiceCredit credit) {
            ServiceCredit.Calculation c = credit.calculation();
            return new Line(credit.serviceLevelId(), credit.serviceLevel(), credit.period(), credit.amount().amount(),
                    credit.amount().currencyCode(), credit.status(), c.monthlyCharges().amount(), c.atRiskPercent(),
                    c.allocationPercent(), c.allocated().amount(), c.atRiskAmount().amount(),
                    c.periodAllocated().amount(), credit.cappedShare(), c.rule(),
                    c.earnBackPeriods(), c.earnBackObserved(), credit.formula());
        }
    }

    /** A service level's month: how a credit is looked up. */
    record LevelMonth(long serviceLevelId, YearMonth period) {
    }

    /** The contract's credits, period by period as the calculator gave them. */
    static CreditReport of(Contract contract, List<PeriodCredits> periods) {
        String currency = contract.terms().monthlyCharges().currencyCode();
        List<Line> lines = periods.stream().flatMap(period -> period.credits().stream()).map(Line::of).toList();
        BigDecimal zero = Money.zero(currency).amount();
        return new CreditReport(contract.id(), contract.reference(), currency, lines,
                total(lines, CreditStatus.PAYABLE, zero), total(lines, CreditStatus.PENDING_EARN_BACK, zero),
                total(lines, CreditStatus.EARNED_BACK, zero));
    }

    /** Each credit by its level and month: a level earns at most one credit a month. */
    Map<LevelMonth, Line> byLevelMonth() {
        Map<LevelMonth, Line> byLevelMonth = new HashMap<>();
        credits.forEach(line -> byLevelMonth.put(new LevelMonth(line.serviceLevelId(), line.period()), line));
        return byLevelMonth;
    }

    private static BigDecimal total(List<Line> lines, CreditStatus status, BigDecimal zero) {
        return lines.stream().filter(line -> line.status() == status).map(Line::amount).reduce(zero, BigDecimal::add);
    }
}

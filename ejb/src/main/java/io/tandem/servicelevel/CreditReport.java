package io.tandem.servicelevel;

import io.tandem.platform.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** One contract's service credits, each with the figures and rule it came from. */
public record CreditReport(long contractId, String contractReference, String currency, List<Line> credits,
                           BigDecimal payable, BigDecimal pendingEarnBack, BigDecimal earnedBack)
        implements Serializable {

    public record Line(long serviceLevelId, String serviceLevel, YearMonth period, BigDecimal amount,
                       CreditStatus status, BigDecimal monthlyCharges, BigDecimal atRiskPercent,
                       BigDecimal allocationPercent, BigDecimal allocated, BigDecimal atRiskAmount,
                       BigDecimal periodAllocated, ServiceCredit.Rule rule, int earnBackPeriods,
                       List<YearMonth> earnBackObserved, String formula) implements Serializable {

        static Line of(long serviceLevelId, ServiceCredit credit) {
            ServiceCredit.Calculation c = credit.calculation();
            return new Line(serviceLevelId, credit.serviceLevel(), credit.period(), credit.amount().amount(),
                    credit.status(), c.monthlyCharges().amount(), c.atRiskPercent(), c.allocationPercent(),
                    c.allocated().amount(), c.atRiskAmount().amount(), c.periodAllocated().amount(), c.rule(),
                    c.earnBackPeriods(), c.earnBackObserved(), credit.formula());
        }
    }

    static CreditReport of(long contractId, String reference, String currency, List<Line> lines) {
        BigDecimal zero = Money.zero(currency).amount();
        return new CreditReport(contractId, reference, currency, lines, total(lines, CreditStatus.PAYABLE, zero),
                total(lines, CreditStatus.PENDING_EARN_BACK, zero), total(lines, CreditStatus.EARNED_BACK, zero));
    }

    private static BigDecimal total(List<Line> lines, CreditStatus status, BigDecimal zero) {
        return lines.stream().filter(line -> line.status() == status).map(Line::amount).reduce(zero, BigDecimal::add);
    }
}

package io.tandem.servicelevel;

import io.tandem.platform.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * A credit for one breached critical level in one period, with every figure it was computed
 * from, so that both parties can redo the sum.
 */
public record ServiceCredit(long serviceLevelId, String serviceLevel, YearMonth period, Money amount,
                            CreditStatus status, Calculation calculation) {

    /**
     * The sum that gave the amount, in figures only (no words, so either party's language reads
     * it): {@code 50000.00 x 5% x 20% = 500.00}, and when the period was capped, the scaling too,
     * rounded down, plus the minor units of the cap that went to this credit as a largest remainder.
     */
    public String formula() {
        Calculation c = calculation;
        String allocation = c.monthlyCharges().amount().toPlainString() + " x " + percent(c.atRiskPercent()) + " x "
                + percent(c.allocationPercent()) + " = " + c.allocated().amount().toPlainString();
        if (c.rule() == Rule.ALLOCATION) {
            return allocation;
        }
        BigDecimal share = cappedShare();
        String scaled = allocation + "; " + c.periodAllocated().amount().toPlainString() + " > "
                + c.atRiskAmount().amount().toPlainString() + ": " + c.allocated().amount().toPlainString() + " x "
                + c.atRiskAmount().amount().toPlainString() + " / " + c.periodAllocated().amount().toPlainString()
                + " = " + share.toPlainString();
        BigDecimal leftOver = amount.amount().subtract(share);
        return leftOver.signum() == 0 ? scaled
                : scaled + " + " + leftOver.toPlainString() + " = " + amount.amount().toPlainString();
    }

    /**
     * Under {@link Rule#CAPPED_PRO_RATA}, the allocation scaled down to the cap and rounded down
     * (the minor units that leaves over went to the largest remainders); null under the plain rule.
     */
    public BigDecimal cappedShare() {
        Calculation c = calculation;
        if (c.rule() == Rule.ALLOCATION) {
            return null;
        }
        return c.allocated().amount().multiply(c.atRiskAmount().amount())
                .divide(c.periodAllocated().amount(), amount.amount().scale(), RoundingMode.DOWN);
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    /** Which rule set the amount. */
    public enum Rule {
        /** monthly charges x at-risk % x the level's allocation %. */
        ALLOCATION,
        /** The period's allocations exceeded the at-risk amount: each was scaled down pro rata to it. */
        CAPPED_PRO_RATA
    }

    /**
     * @param allocated        charges x at-risk % x allocation %, rounded half-up to the minor unit
     * @param atRiskAmount     the period's cap: charges x at-risk %
     * @param periodAllocated  the period's allocated credits added up, before the cap
     * @param earnBackObserved the following periods seen so far, met or not, in order
     */
    public record Calculation(Money monthlyCharges, BigDecimal atRiskPercent, BigDecimal allocationPercent,
                              Money allocated, Money atRiskAmount, Money periodAllocated, Rule rule,
                              int earnBackPeriods, List<YearMonth> earnBackObserved) {
    }
}

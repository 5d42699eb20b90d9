package io.tandem.contract;

import io.tandem.platform.DecimalRange;
import io.tandem.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A contract's service-credit terms. At risk: the share of monthly charges the provider can lose
 * in one period. Pool allocation cap: the most the critical levels' allocation percentages may
 * add up to (allocations above 100% let several breaches reach the at-risk amount sooner; the
 * period's credits are capped at the at-risk amount whatever they add up to). Earn-back: how many
 * following periods a level must be met in for its credit to be waived. Continuous improvement:
 * the yearly share of the gap to perfect by which expected levels rise. Gain share: the client's
 * share of realised improvement benefits, the provider taking the rest.
 */
@Embeddable
public class CreditRegime {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_POOL_ALLOCATION = BigDecimal.valueOf(500);
    private static final int MAX_EARN_BACK_PERIODS = 12;
    private static final int SCALE = 4;

    @Column(name = "at_risk_percent", precision = 7, scale = 4)
    private BigDecimal atRiskPercent;

    @Column(name = "pool_allocation_cap_percent", precision = 7, scale = 4)
    private BigDecimal poolAllocationCapPercent;

    @Column(name = "earn_back_periods")
    private int earnBackPeriods;

    @Column(name = "continuous_improvement_percent", precision = 7, scale = 4)
    private BigDecimal continuousImprovementPercent;

    @Column(name = "client_gain_share_percent", precision = 7, scale = 4)
    private BigDecimal clientGainSharePercent;

    protected CreditRegime() {
    }

    public CreditRegime(BigDecimal atRiskPercent, BigDecimal poolAllocationCapPercent, int earnBackPeriods,
                        BigDecimal continuousImprovementPercent, BigDecimal clientGainSharePercent) {
        this.atRiskPercent = within("atRiskPercent", atRiskPercent, BigDecimal.ZERO, false, HUNDRED, "contract.regime.atRisk.range");
        this.poolAllocationCapPercent = within("poolAllocationCapPercent", poolAllocationCapPercent, HUNDRED, true, MAX_POOL_ALLOCATION,
                "contract.regime.poolAllocationCap.range");
        if (earnBackPeriods < 0 || earnBackPeriods > MAX_EARN_BACK_PERIODS) {
            throw new DomainException("contract.regime.earnBack.range", MAX_EARN_BACK_PERIODS);
        }
        this.earnBackPeriods = earnBackPeriods;
        this.continuousImprovementPercent = within("continuousImprovementPercent", continuousImprovementPercent, BigDecimal.ZERO, true, HUNDRED,
                "contract.regime.continuousImprovement.range");
        this.clientGainSharePercent = within("clientGainSharePercent", clientGainSharePercent, BigDecimal.ZERO, true, HUNDRED,
                "contract.regime.gainShare.range");
    }

    /** Whether critical levels' allocations adding up to {@code totalAllocationPercent} stay under the cap. */
    public void requireAllocationWithinCap(BigDecimal totalAllocationPercent) {
        if (totalAllocationPercent.compareTo(poolAllocationCapPercent) > 0) {
            throw new DomainException("contract.regime.poolAllocation.exceeded", totalAllocationPercent.toPlainString(),
                    poolAllocationCapPercent.toPlainString());
        }
    }

    /** In range, then no more decimals than the columns keep ({@code numeric(7, 4)}): never rounded by the database. */
    private static BigDecimal within(String field, BigDecimal value, BigDecimal low, boolean lowIncluded,
                                     BigDecimal high, String key) {
        if (value == null || value.compareTo(high) > 0 || value.compareTo(low) < 0
                || !lowIncluded && value.compareTo(low) == 0) {
            throw new DomainException(key);
        }
        return new DecimalRange(low, high, SCALE).require(field, value);
    }

    public BigDecimal atRiskPercent() {
        return atRiskPercent;
    }

    public BigDecimal poolAllocationCapPercent() {
        return poolAllocationCapPercent;
    }

    public int earnBackPeriods() {
        return earnBackPeriods;
    }

    public BigDecimal continuousImprovementPercent() {
        return continuousImprovementPercent;
    }

    public BigDecimal clientGainSharePercent() {
        return clientGainSharePercent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditRegime that && atRiskPercent.compareTo(that.atRiskPercent) == 0
                && poolAllocationCapPercent.compareTo(that.poolAllocationCapPercent) == 0
                && earnBackPeriods == that.earnBackPeriods
                && continuousImprovementPercent.compareTo(that.continuousImprovementPercent) == 0
                && clientGainSharePercent.compareTo(that.clientGainSharePercent) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(atRiskPercent.stripTrailingZeros(), earnBackPeriods);
    }
}

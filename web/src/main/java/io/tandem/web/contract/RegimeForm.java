package io.tandem.web.contract;

import io.tandem.contract.CreditRegime;
import io.tandem.web.shell.Figures;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The five figures of a credit regime as a form edits them: the contract page sets a contract's
 * regime with it, the credit simulator proposes one.
 */
public class RegimeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal atRiskPercent;
    private BigDecimal poolAllocationCapPercent;
    private int earnBackPeriods;
    private BigDecimal continuousImprovementPercent;
    private BigDecimal clientGainSharePercent;

    /** Fills the form; figures come as stored (12.0000) and are shown as typed (12). */
    public void fill(BigDecimal atRisk, BigDecimal poolAllocationCap, Integer earnBack, BigDecimal continuousImprovement,
                     BigDecimal clientGainShare) {
        atRiskPercent = Figures.plain(atRisk);
        poolAllocationCapPercent = Figures.plain(poolAllocationCap);
        earnBackPeriods = earnBack == null ? 0 : earnBack;
        continuousImprovementPercent = Figures.plain(continuousImprovement);
        clientGainSharePercent = Figures.plain(clientGainShare);
    }

    /** The regime the form describes; its constructor refuses figures out of range, each with its own message. */
    public CreditRegime regime() {
        return new CreditRegime(atRiskPercent, poolAllocationCapPercent, earnBackPeriods, continuousImprovementPercent,
                clientGainSharePercent);
    }

    public BigDecimal getAtRiskPercent() {
        return atRiskPercent;
    }

    public void setAtRiskPercent(BigDecimal atRiskPercent) {
        this.atRiskPercent = atRiskPercent;
    }

    public BigDecimal getPoolAllocationCapPercent() {
        return poolAllocationCapPercent;
    }

    public void setPoolAllocationCapPercent(BigDecimal poolAllocationCapPercent) {
        this.poolAllocationCapPercent = poolAllocationCapPercent;
    }

    public int getEarnBackPeriods() {
        return earnBackPeriods;
    }

    public void setEarnBackPeriods(int earnBackPeriods) {
        this.earnBackPeriods = earnBackPeriods;
    }

    public BigDecimal getContinuousImprovementPercent() {
        return continuousImprovementPercent;
    }

    public void setContinuousImprovementPercent(BigDecimal continuousImprovementPercent) {
        this.continuousImprovementPercent = continuousImprovementPercent;
    }

    public BigDecimal getClientGainSharePercent() {
        return clientGainSharePercent;
    }

    public void setClientGainSharePercent(BigDecimal clientGainSharePercent) {
        this.clientGainSharePercent = clientGainSharePercent;
    }
}

package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.contract.CreditRegime;
import java.io.Serializable;
import java.math.BigDecimal;

/** A contract the simulator can replay, with the regime a proposal is compared against. */
public record SimulationBaseline(long contractId, String reference, BigDecimal atRiskPercent,
                                 BigDecimal poolAllocationCapPercent, int earnBackPeriods,
                                 BigDecimal continuousImprovementPercent, BigDecimal clientGainSharePercent)
        implements Serializable {

    static SimulationBaseline of(Contract contract, CreditRegime regime) {
        return new SimulationBaseline(contract.id(), contract.reference(), regime.atRiskPercent(),
                regime.poolAllocationCapPercent(), regime.earnBackPeriods(), regime.continuousImprovementPercent(),
                regime.clientGainSharePercent());
    }
}

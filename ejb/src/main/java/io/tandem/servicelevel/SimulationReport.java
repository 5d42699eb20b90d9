package io.tandem.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** A simulation as pages and the API show it: amounts in the contract's currency. */
public record SimulationReport(String currency, List<Period> periods, BigDecimal currentCredited,
                             BigDecimal currentPayable, BigDecimal proposedCredited, BigDecimal proposedPayable,
                             BigDecimal difference) implements Serializable {

    public record Period(YearMonth period, BigDecimal currentCredited, BigDecimal currentPayable,
                         BigDecimal proposedCredited, BigDecimal proposedPayable, BigDecimal difference)
            implements Serializable {
    }

    static SimulationReport of(Simulation simulation, String currency) {
        return new SimulationReport(currency, simulation.periods().stream()
                .map(p -> new Period(p.period(), p.currentCredited().amount(), p.currentPayable().amount(),
                        p.proposedCredited().amount(), p.proposedPayable().amount(), p.difference().amount()))
                .toList(), simulation.currentCredited().amount(), simulation.currentPayable().amount(),
                simulation.proposedCredited().amount(), simulation.proposedPayable().amount(),
                simulation.difference().amount());
    }
}

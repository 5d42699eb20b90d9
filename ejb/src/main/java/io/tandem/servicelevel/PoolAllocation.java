package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.contract.RegimeChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * The one check that a contract's critical levels' allocations stay within its regime's pool cap,
 * when a level is defined or changed and when the regime changes.
 */
@ApplicationScoped
public class PoolAllocation {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /**
     * The level's contract's critical levels, this one as it now stands included (a key level's
     * allocation is zero: the level itself refuses anything else).
     */
    void requireWithinCap(ServiceLevel level) {
        level.contract().creditRegime().ifPresent(regime -> regime.requireAllocationWithinCap(
                criticalAllocation(level.contract(), level).add(level.allocationPercent())));
    }

    void onRegimeChange(@Observes RegimeChange change) {
        change.regime().requireAllocationWithinCap(criticalAllocation(change.contract(), null));
    }

    private BigDecimal criticalAllocation(Contract contract, ServiceLevel excluded) {
        return em.createQuery("""
                        select coalesce(sum(s.allocationPercent), 0) from ServiceLevel s
                        where s.contract = :contract and s.critical = true and s.id <> :excluded""", BigDecimal.class)
                .setParameter("contract", contract)
                .setParameter("excluded", excluded == null || excluded.id() == null ? -1L : excluded.id())
                .getSingleResult();
    }
}

package io.tandem.servicelevel;

import io.tandem.platform.ForbiddenException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;

/**
 * Where computed figures enter the review flow: the analytics context hands over a computed
 * level's summed numerator and denominator for a month; this context decides what that does to
 * the month's measurement ({@link Measurement#computed}, {@link Measurement#recompute}). The
 * submitter is the caller whose change to the records (an import, its deletion, a change of the
 * level's conventions) caused the computation: the audit trail names that person for the same
 * rows, and no login-less system account has to exist in every organisation.
 */
@Stateless
@Tenancy
public class ComputedMeasurements {

    /** What a month's computation did to its measurement. */
    public enum Outcome {
        CREATED, CHANGED, UNCHANGED,
        /**
         * No contacts to judge, a month outside the level's, or one not yet over: the month under
         * way is early warning's to watch, not a figure to review while it still changes.
         */
        SKIPPED
    }

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    /** Records the month's computed figures as the level's measurement for {@code period}. */
    public Outcome record(long workspaceId, long serviceLevelId, YearMonth period, BigDecimal numerator,
                          BigDecimal denominator) {
        WorkspaceGrant grant = access.require(workspaceId);
        if (grant.party() == Party.THIRD_PARTY) {
            throw new ForbiddenException();
        }
        WorkspaceRecords records = new WorkspaceRecords(em, workspaceId);
        ServiceLevel level = records.serviceLevel(serviceLevelId);
        KpiDefinition kpi = KpiDefinition.of(level);
        if (kpi == null || denominator.signum() == 0 || !level.covers(period)
                || !period.isBefore(YearMonth.now(clock))) {
            return Outcome.SKIPPED;
        }
        MeasuredValue value = kpi.measured(numerator, denominator);
        String note = numerator.stripTrailingZeros().toPlainString() + " / "
                + denominator.stripTrailingZeros().toPlainString();
        Actor actor = records.actor(grant, clock);
        Measurement existing = em.createQuery(
                        "select m from Measurement m where m.serviceLevel = :level and m.period = :period",
                        Measurement.class)
                .setParameter("level", level).setParameter("period", period.atDay(1))
                .getResultList().stream().findFirst().orElse(null);
        if (existing == null) {
            em.persist(Measurement.computed(level, period, value, note, actor));
            return Outcome.CREATED;
        }
        return existing.recompute(value, note, actor) ? Outcome.CHANGED : Outcome.UNCHANGED;
    }
}

package io.tandem.improvement;

import io.tandem.servicelevel.MeasurementStatus;
import io.tandem.servicelevel.ServiceLevel;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The benefit of an implemented idea measured from the data: for each service level the idea
 * names, its settled monthly values (accepted or resolved measurements, whatever their source)
 * in the N months before the implementation month against the N months after it
 * ({@link MeasuredChange}). Measurements computed from interaction records (source
 * {@code COMPUTED}) feed it the same way as entered ones, so levels computed from the data are
 * measured here without any change once the KPI computation stores its months.
 */
@Stateless
@Tenancy
public class MeasuredBenefitService {

    public static final int DEFAULT_MONTHS = 3;
    public static final int MAX_MONTHS = 12;

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** One comparison per named level; none before the idea is implemented. Months outside 1 to 12 take 3. */
    public List<MeasuredChange> measured(long workspaceId, long ideaId, int months) {
        access.require(workspaceId).require(Permission.VIEW_IDEAS).require(Permission.VIEW_SERVICE_LEVELS);
        Idea idea = new IdeaRecords(em, workspaceId).idea(ideaId);
        if (idea.implementedOn() == null) {
            return List.of();
        }
        int n = months < 1 || months > MAX_MONTHS ? DEFAULT_MONTHS : months;
        YearMonth implemented = YearMonth.from(idea.implementedOn());
        return idea.serviceLevels().stream().map(level -> MeasuredChange.of(level.id(), level.name(), implemented, n,
                settled(level, implemented.minusMonths(n), implemented.minusMonths(1)),
                settled(level, implemented.plusMonths(1), implemented.plusMonths(n)),
                level.metric().direction())).toList();
    }

    private List<BigDecimal> settled(ServiceLevel level, YearMonth from, YearMonth to) {
        return em.createQuery("""
                        select m.value from Measurement m where m.serviceLevel = :level and m.status in :settled
                        and m.period between :from and :to order by m.period""", BigDecimal.class)
                .setParameter("level", level)
                .setParameter("settled", List.of(MeasurementStatus.ACCEPTED, MeasurementStatus.RESOLVED))
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .getResultList();
    }
}

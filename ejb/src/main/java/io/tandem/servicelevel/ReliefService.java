package io.tandem.servicelevel;

import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** Relief: the provider asks for a month to be excused, the client approves or rejects. */
@Stateless
@Tenancy
public class ReliefService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    /** Open requests first, then the newest months. */
    public List<ReliefDetails> reliefs(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        return em.createQuery("""
                        select r from Relief r join fetch r.serviceLevel
                        where r.workspaceId = :workspace
                        order by case when r.status = :requested then 0 else 1 end, r.period desc, r.id""",
                        Relief.class)
                .setParameter("workspace", workspaceId).setParameter("requested", ReliefStatus.REQUESTED)
                .getResultList().stream().map(ReliefDetails::of).toList();
    }

    public ReliefDetails request(long workspaceId, long serviceLevelId, YearMonth period, String reason) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.ANSWER_DISPUTES);
        WorkspaceRecords records = records(workspaceId);
        ServiceLevel level = records.serviceLevel(serviceLevelId);
        Actor provider = records.actor(grant, clock);
        Relief relief = em.createQuery("select r from Relief r where r.serviceLevel = :level and r.period = :period",
                        Relief.class)
                .setParameter("level", level).setParameter("period", period == null ? null : period.atDay(1))
                .getResultList().stream().findFirst().orElse(null);
        if (relief == null) {
            relief = new Relief(level, period, reason, provider);
            em.persist(relief);
        } else {
            relief.requestAgain(reason, provider);
        }
        em.flush();
        return ReliefDetails.of(relief);
    }

    /** The client approves or rejects (a rejection needs a note) the request, as last read. */
    public ReliefDetails decide(long workspaceId, long reliefId, long version, boolean approved, String note) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.REVIEW_MEASUREMENTS);
        Relief relief = forDecision(workspaceId, reliefId, version);
        Actor client = records(workspaceId).actor(grant, clock);
        if (approved) {
            relief.approve(note, client);
        } else {
            relief.reject(note, client);
        }
        em.flush();
        return ReliefDetails.of(relief);
    }

    private Relief forDecision(long workspaceId, long reliefId, long version) {
        Relief relief = records(workspaceId).relief(reliefId);
        WorkspaceScope.requireVersion(relief, relief.version(), version);
        return relief;
    }

    private WorkspaceRecords records(long workspaceId) {
        return new WorkspaceRecords(em, workspaceId);
    }
}

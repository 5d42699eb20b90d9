package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.platform.DomainException;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A workspace's service levels: read by both sides, defined and retargeted by the client. */
@Stateless
@Tenancy
public class ServiceLevelService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    @Inject
    PoolAllocation poolAllocation;

    @Inject
    Event<ComputationChanged> computationChanged;

    private final Clock clock = Clock.systemUTC();

    public List<ServiceLevelDetails> serviceLevels(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        return em.createQuery("""
                        select s from ServiceLevel s join fetch s.contract
                        where s.workspaceId = :workspace order by s.contract.reference, s.name""", ServiceLevel.class)
                .setParameter("workspace", workspaceId).setHint(WorkspaceRecords.BATCH, "s.targets")
                .getResultList().stream().map(this::view).toList();
    }

    public ServiceLevelDetails serviceLevel(long workspaceId, long serviceLevelId) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        return view(records(workspaceId).serviceLevel(serviceLevelId));
    }

    public ServiceLevelDetails define(long workspaceId, long contractId, NewServiceLevel definition) {
        return define(workspaceId, contractId, definition, ComputationTerms.reported());
    }

    /** A new level, computed from the interaction records when {@code computation} says so. */
    public ServiceLevelDetails define(long workspaceId, long contractId, NewServiceLevel definition,
                                      ComputationTerms computation) {
        access.require(workspaceId).require(Permission.MANAGE_SERVICE_LEVELS);
        Contract contract = records(workspaceId).contract(contractId);
        ServiceLevel level = new ServiceLevel(contract, definition.name(), definition.metricDefinitionValue(),
                definition.commitment(), definition.expectedLevel(), definition.minimumLevel());
        level.changeComputation(computation.on(level.metric()));
        requireUniqueName(level, null);
        poolAllocation.requireWithinCap(level);
        em.persist(level);
        em.flush();
        if (level.computed()) {
            computationChanged.fire(new ComputationChanged(workspaceId, level.id()));
        }
        return view(level);
    }

    /** Makes the level computed from the records with these conventions, or reported again; recomputes its months. */
    public ServiceLevelDetails changeComputation(long workspaceId, long serviceLevelId, long version,
                                                 ComputationTerms computation) {
        ServiceLevel level = forChange(workspaceId, serviceLevelId, version);
        level.changeComputation(computation.on(level.metric()));
        em.flush();
        if (level.computed()) {
            computationChanged.fire(new ComputationChanged(workspaceId, level.id()));
        }
        return view(level);
    }

    /** Renames the level and changes whether it is critical, its allocation and its last month. */
    public ServiceLevelDetails change(long workspaceId, long serviceLevelId, long version, String name,
                                   Commitment commitment) {
        ServiceLevel level = forChange(workspaceId, serviceLevelId, version);
        level.rename(name);
        level.changeCommitment(commitment);
        requireUniqueName(level, level.id());
        poolAllocation.requireWithinCap(level);
        em.flush();
        return view(level);
    }

    public ServiceLevelDetails changeTarget(long workspaceId, long serviceLevelId, long version, YearMonth from,
                                         BigDecimal expected, BigDecimal minimum) {
        ServiceLevel level = forChange(workspaceId, serviceLevelId, version);
        LocalDate lastSettled = em.createQuery("""
                        select max(m.period) from Measurement m
                        where m.serviceLevel = :level and m.status in :settled""", LocalDate.class)
                .setParameter("level", level)
                .setParameter("settled", MeasurementStatus.allSettled())
                .getSingleResult();
        level.changeTarget(from, expected, minimum, lastSettled == null ? null : YearMonth.from(lastSettled));
        // the change adds or rewrites a target row only: bump the level's version so that a
        // concurrent change made from the same read is refused
        em.lock(level, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(level);
    }

    private ServiceLevel forChange(long workspaceId, long serviceLevelId, long version) {
        access.require(workspaceId).require(Permission.MANAGE_SERVICE_LEVELS);
        ServiceLevel level = records(workspaceId).serviceLevel(serviceLevelId);
        WorkspaceScope.requireVersion(level, level.version(), version);
        return level;
    }

    private void requireUniqueName(ServiceLevel level, Long self) {
        boolean taken = em.createQuery("""
                        select s.id from ServiceLevel s where s.contract = :contract and s.name = :name""", Long.class)
                .setParameter("contract", level.contract()).setParameter("name", level.name())
                .getResultList().stream().anyMatch(id -> !id.equals(self));
        if (taken) {
            throw new DomainException("servicelevel.name.duplicate", level.name());
        }
    }

    private ServiceLevelDetails view(ServiceLevel level) {
        return ServiceLevelDetails.of(level, YearMonth.now(clock));
    }

    private WorkspaceRecords records(long workspaceId) {
        return new WorkspaceRecords(em, workspaceId);
    }
}

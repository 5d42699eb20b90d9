package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.platform.NotFoundException;
import io.tandem.workspace.UserAccount;
import io.tandem.workspace.WorkspaceGrant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Finding this context's records inside one workspace, as its services all need to: a record of
 * another workspace is "not found", exactly like one that does not exist.
 */
final class WorkspaceRecords {

    private final EntityManager em;
    private final long workspaceId;

    WorkspaceRecords(EntityManager em, long workspaceId) {
        this.em = em;
        this.workspaceId = workspaceId;
    }

    Contract contract(long id) {
        return find(Contract.class, id, c -> c.workspace().id());
    }

    ServiceLevel serviceLevel(long id) {
        return find(ServiceLevel.class, id, ServiceLevel::workspaceId);
    }

    Measurement measurement(long id) {
        return find(Measurement.class, id, Measurement::workspaceId);
    }

    Relief relief(long id) {
        return find(Relief.class, id, r -> r.serviceLevel().workspaceId());
    }

    private <T> T find(Class<T> type, long id, Function<T, Long> workspaceOf) {
        T record = em.find(type, id);
        if (record == null || !workspaceOf.apply(record).equals(workspaceId)) {
            throw new NotFoundException();
        }
        return record;
    }

    /** Refuses a change made from a stale read: someone else changed the record first. */
    static void requireVersion(Object record, long current, long seen) {
        if (current != seen) {
            throw new OptimisticLockException(record);
        }
    }

    Actor actor(WorkspaceGrant grant, Clock clock) {
        return new Actor(em.find(UserAccount.class, grant.callerId()), grant.party(), OffsetDateTime.now(clock));
    }

    /** The contract's continuous-improvement rate, or none while it has no credit regime. */
    static BigDecimal improvementRate(Contract contract) {
        return contract.creditRegime().map(r -> r.continuousImprovementPercent()).orElse(BigDecimal.ZERO);
    }
}

package io.tandem.tenancy;

import io.tandem.platform.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Function;

/**
 * Finding records inside one workspace, as every workspace service must: a record of another
 * workspace is "not found", exactly like one that does not exist, so ids reveal nothing.
 */
public final class WorkspaceScope {

    private final EntityManager em;
    private final long workspaceId;

    public WorkspaceScope(EntityManager em, long workspaceId) {
        this.em = em;
        this.workspaceId = workspaceId;
    }

    public <T> T find(Class<T> type, long id, Function<T, Long> workspaceOf) {
        T record = em.find(type, id);
        if (record == null || !workspaceOf.apply(record).equals(workspaceId)) {
            throw new NotFoundException();
        }
        return record;
    }

    /** Refuses a change made from a stale read: someone else changed the record first. */
    public static void requireVersion(Object record, long current, long seen) {
        if (current != seen) {
            throw new OptimisticLockException(record);
        }
    }
}

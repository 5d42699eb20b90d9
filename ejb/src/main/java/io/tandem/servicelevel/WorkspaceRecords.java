package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;

/** This context's records inside one workspace ({@link WorkspaceScope}), and who acts on them. */
final class WorkspaceRecords {

    /** EclipseLink's hint to read a relationship for all results in one more query, not one per row. */
    static final String BATCH = "eclipselink.batch";

    private final EntityManager em;
    private final WorkspaceScope scope;

    WorkspaceRecords(EntityManager em, long workspaceId) {
        this.em = em;
        this.scope = new WorkspaceScope(em, workspaceId);
    }

    Contract contract(long id) {
        return scope.find(Contract.class, id, Contract::workspaceId);
    }

    ServiceLevel serviceLevel(long id) {
        return scope.find(ServiceLevel.class, id, ServiceLevel::workspaceId);
    }

    Measurement measurement(long id) {
        return scope.find(Measurement.class, id, Measurement::workspaceId);
    }

    Relief relief(long id) {
        return scope.find(Relief.class, id, Relief::workspaceId);
    }

    Actor actor(WorkspaceGrant grant, Clock clock) {
        return new Actor(em.find(UserAccount.class, grant.callerId()), grant.party(), OffsetDateTime.now(clock));
    }
}

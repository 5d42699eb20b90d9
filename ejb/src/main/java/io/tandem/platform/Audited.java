package io.tandem.platform;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.util.SortedMap;

/**
 * An entity whose every create, update and delete is written to the audit trail by
 * {@link AuditListener}, in the same transaction. Subclasses say what their state is and
 * which workspace chain and party the event belongs to; secrets never go into the state.
 */
@MappedSuperclass
public abstract class Audited {

    /** The state as last read or written, for the "before" side of the next update. */
    @Transient
    private String auditedState;

    /** The entity's audit-relevant fields, by name. */
    protected abstract SortedMap<String, Object> auditState();

    /** The identifier the audit event names. */
    protected abstract Object auditId();

    /** The workspace whose chain records the event, or null for events outside any workspace. */
    protected abstract Long auditWorkspaceId();

    /** The side the event is private to, or null when both sides may read it. */
    protected String auditPrivateTo() {
        return null;
    }

    String auditedState() {
        return auditedState;
    }

    void rememberAuditedState(String state) {
        this.auditedState = state;
    }
}

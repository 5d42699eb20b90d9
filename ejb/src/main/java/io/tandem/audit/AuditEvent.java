package io.tandem.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.tandem.tenancy.Organisation;
import io.tandem.tenancy.UserAccount;
import java.time.OffsetDateTime;

/**
 * One link of an audit chain. Written only by the database function tandem_audit_append and
 * never changed: the application reads it and nothing more (its role may not update it).
 */
@Entity
@Table(name = "audit_events")
@IdClass(AuditEvent.Position.class)
public class AuditEvent {

    /** An event's identity: its chain and its place in it. */
    public static class Position implements Serializable {

        private static final long serialVersionUID = 1L;

        private long chain;
        private long sequenceNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof Position that && chain == that.chain && sequenceNo == that.sequenceNo;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(chain) * 31 + Long.hashCode(sequenceNo);
        }
    }

    @Id
    private long chain;

    @Column(name = "workspace_id", insertable = false, updatable = false)
    private Long workspaceId;

    @Id
    @Column(name = "sequence_no")
    private long sequenceNo;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_email", insertable = false, updatable = false)
    private String actorEmail;

    /** Who made the change, for their name; the organisation is the one they belonged to then. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", insertable = false, updatable = false)
    private UserAccount actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_organisation_id", insertable = false, updatable = false)
    private Organisation actorOrganisation;

    @Column(name = "entity_type", insertable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", insertable = false, updatable = false)
    private String entityId;

    @Column(insertable = false, updatable = false)
    private String action;

    @Column(name = "before_state", insertable = false, updatable = false)
    private String beforeState;

    @Column(name = "after_state", insertable = false, updatable = false)
    private String afterState;

    @Column(name = "private_to_party", insertable = false, updatable = false)
    private String privateToParty;

    @Column(insertable = false, updatable = false)
    private String hash;

    @Version
    private long version;

    protected AuditEvent() {
    }

    AuditEntry entry() {
        return new AuditEntry(sequenceNo, occurredAt, actorEmail, entityType, entityId, action, beforeState,
                afterState, privateToParty != null, hash, actor == null ? null : actor.id(),
                actor == null ? null : actor.displayName(), actorOrganisation == null ? null : actorOrganisation.name());
    }
}

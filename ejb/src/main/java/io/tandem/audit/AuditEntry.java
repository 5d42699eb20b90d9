package io.tandem.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An audit event as the trail page and the API show it. {@code actor} is the e-mail address the
 * event recorded, kept for API clients; people are shown by {@code actorName} and
 * {@code actorOrganisation} (null for changes made outside any sign-in, such as data loads).
 */
public record AuditEntry(long sequence, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
                         String action, String before, String after, boolean privateToOwnSide, String hash,
                         Long actorId, String actorName, String actorOrganisation) implements Serializable {

    /** What the event changed, field by field (see {@link AuditChanges}). */
    public java.util.List<AuditChanges.FieldChange> changes() {
        return AuditChanges.between(before, after);
    }
}

package io.tandem.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An audit event as the trail page and the API show it. */
public record AuditEntry(long sequence, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
                         String action, String before, String after, boolean privateToOwnSide, String hash)
        implements Serializable {
}

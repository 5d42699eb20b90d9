package io.tandem.audit;

import io.tandem.platform.DomainException;
import java.util.Set;

/** Narrows a trail to one kind of entity and/or one action; null means any. */
public record AuditFilter(String entityType, String action) {

    private static final Set<String> ACTIONS = Set.of("CREATE", "UPDATE", "DELETE");

    public AuditFilter {
        entityType = entityType == null || entityType.isBlank() ? null : entityType.strip();
        action = action == null || action.isBlank() ? null : action.strip();
        if (action != null && !ACTIONS.contains(action)) {
            throw new DomainException("audit.filter.action.invalid");
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null);
    }
}

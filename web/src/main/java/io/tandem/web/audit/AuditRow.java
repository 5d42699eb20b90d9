package io.tandem.web.audit;

import java.io.Serializable;
import java.util.List;

/**
 * An audit event as people read it, on the page and in exports alike: when, who (by name and
 * organisation), what, and each change as "field: before → after".
 */
public record AuditRow(long sequence, String when, String who, String what, List<String> changes,
                       boolean privateToOwnSide) implements Serializable {
}

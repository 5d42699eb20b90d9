package io.tandem.audit;

import java.io.Serializable;
import java.util.List;

/** One page of a workspace's audit trail and how many events match the filter in all. */
public record AuditPage(List<AuditEntry> entries, long total) implements Serializable {
}

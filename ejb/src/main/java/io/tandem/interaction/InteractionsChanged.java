package io.tandem.interaction;

import java.time.YearMonth;
import java.util.Set;

/** Interaction records of these months of this workspace were added or removed. */
public record InteractionsChanged(long workspaceId, Set<YearMonth> months) {
}

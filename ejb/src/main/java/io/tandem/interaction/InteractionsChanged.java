package io.tandem.interaction;

import java.time.YearMonth;
import java.util.Set;

/**
 * Fired, synchronously and inside the transaction, when an import stores rows or a deletion
 * removes them: what was computed from those months of the workspace's interactions must be
 * computed again. An observer that fails rolls the change back.
 */
public record InteractionsChanged(long workspaceId, Set<YearMonth> months) {

    public InteractionsChanged {
        months = Set.copyOf(months);
    }
}

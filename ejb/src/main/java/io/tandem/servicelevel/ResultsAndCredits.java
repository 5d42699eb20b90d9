package io.tandem.servicelevel;

import java.util.List;

/**
 * A workspace's scorecard over some months, with every contract's credits so far; {@code credits}
 * is null for a caller who may not read money.
 */
public record ResultsAndCredits(Scorecard scorecard, List<CreditReport> credits) {
}

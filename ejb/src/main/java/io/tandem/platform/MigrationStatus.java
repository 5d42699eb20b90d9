package io.tandem.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The start-up migration's outcome, kept outside the migrating singleton so the readiness
 * check can read it while that singleton is still initialising.
 */
@ApplicationScoped
public class MigrationStatus {

    private volatile MigrationOutcome outcome = MigrationOutcome.pending();

    public MigrationOutcome outcome() {
        return outcome;
    }

    public void record(MigrationOutcome outcome) {
        this.outcome = outcome;
    }
}

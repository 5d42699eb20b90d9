package io.tandem.platform;

/** Where the start-up migration stands: still running, applied up to a version, or failed. */
public record MigrationOutcome(State state, String detail) {

    public enum State { PENDING, APPLIED, FAILED }

    static MigrationOutcome pending() {
        return new MigrationOutcome(State.PENDING, "migrations not yet run");
    }

    static MigrationOutcome applied(String schemaVersion) {
        return new MigrationOutcome(State.APPLIED, schemaVersion);
    }

    static MigrationOutcome failed(String reason) {
        return new MigrationOutcome(State.FAILED, reason);
    }

    public boolean applied() {
        return state == State.APPLIED;
    }
}

package io.tandem.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Failed sign-ins for one login name, known account or not, so that throttling says nothing
 * about which accounts exist. Kept in the database so every instance of a cluster agrees.
 * Not audited: it is security telemetry, not business data, and would flood the trail.
 */
@Entity
@Table(name = "sign_in_attempts")
public class SignInAttempt {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    private String email;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private OffsetDateTime windowStart;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Version
    private long version;

    protected SignInAttempt() {
    }

    SignInAttempt(String email, OffsetDateTime now) {
        this.email = email;
        this.windowStart = now;
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the fifth within fifteen minutes locks the name for fifteen minutes. */
    public void recordFailure(OffsetDateTime now) {
        if (now.isAfter(windowStart.plus(WINDOW))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            windowStart = now;
        }
    }

    public int failures() {
        return failures;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }
}

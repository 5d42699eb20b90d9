package io.tandem.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInAttemptTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        SignInAttempt attempts = new SignInAttempt("rm@northwind.example", NINE);
        for (int minute = 0; minute < 4; minute++) {
            attempts.recordFailure(NINE.plusMinutes(minute));
            assertFalse(attempts.lockedAt(NINE.plusMinutes(minute)));
        }

        attempts.recordFailure(NINE.plusMinutes(10));

        assertTrue(attempts.lockedAt(NINE.plusMinutes(10)));
        assertTrue(attempts.lockedAt(NINE.plusMinutes(24).plusSeconds(59)));
        assertFalse(attempts.lockedAt(NINE.plusMinutes(25)));
        assertEquals(NINE.plusMinutes(25), attempts.lockedUntil());
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        SignInAttempt attempts = new SignInAttempt("rm@northwind.example", NINE);
        for (int minute = 0; minute < 4; minute++) {
            attempts.recordFailure(NINE.plusMinutes(minute));
        }

        // 09:16 is past the window that opened at 09:00: counting starts again
        attempts.recordFailure(NINE.plusMinutes(16));

        assertEquals(1, attempts.failures());
        assertFalse(attempts.lockedAt(NINE.plusMinutes(16)));
    }
}

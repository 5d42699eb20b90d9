package io.tandem.servicelevel;

import static io.tandem.servicelevel.Fixtures.CARL;
import static io.tandem.servicelevel.Fixtures.RITA;
import static io.tandem.servicelevel.MeasuredValueTest.assertKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReliefTest {

    private final ServiceLevel level = Fixtures.serviceLevel80in20();

    @Test
    void theProviderAsksAndTheClientApproves() {
        Relief relief = new Relief(level, YearMonth.of(2026, 1), "Storm claims: 160% of forecast volume", CARL);
        relief.approve(null, RITA);

        assertEquals(ReliefStatus.APPROVED, relief.status());
        assertNull(relief.decisionNote());
        assertKey("servicelevel.relief.decided", () -> relief.reject("Changed my mind", RITA));
        assertKey("servicelevel.relief.alreadyRequested", () -> relief.requestAgain("Again", CARL));
    }

    @Test
    void aRejectionNeedsAReasonAndMayBeAskedAgain() {
        Relief relief = new Relief(level, YearMonth.of(2026, 1), "Volume above forecast", CARL);
        assertKey("servicelevel.relief.rejectionReason", () -> relief.reject(" ", RITA));
        relief.reject("Volume was within 10% of forecast", RITA);

        relief.requestAgain("Forecast excluded the storm week: 160% for 6 days", CARL);
        assertEquals(ReliefStatus.REQUESTED, relief.status());
        assertNull(relief.decidedBy());
    }

    @Test
    void onlyTheProviderAsksAndOnlyTheClientDecides() {
        assertKey("servicelevel.measurement.wrongSide", () -> new Relief(level, YearMonth.of(2026, 1), "Please", RITA));
        Relief relief = new Relief(level, YearMonth.of(2026, 1), "Volume", CARL);
        assertKey("servicelevel.measurement.wrongSide", () -> relief.approve(null, CARL));
        assertKey("servicelevel.relief.reason.invalid", () -> new Relief(level, YearMonth.of(2026, 2), "", CARL));
    }

    @Test
    void reliefIsForCreditsAlreadyAtStake() {
        // "now" is 5 March 2026: March is not over; a key level earns no credit to be excused from
        assertKey("servicelevel.relief.monthOpen",
                () -> new Relief(level, YearMonth.of(2026, 3), "Forecast says busy", CARL));
        ServiceLevel keyLevel = Fixtures.serviceLevel80in20();
        keyLevel.changeCommitment(new Commitment(false, BigDecimal.ZERO, keyLevel.effectiveFrom(), null));
        assertKey("servicelevel.relief.keyLevel", () -> new Relief(keyLevel, YearMonth.of(2026, 1), "Volume", CARL));
    }
}

package io.tandem.analytics;

import io.tandem.servicelevel.AbandonTreatment;
import io.tandem.servicelevel.Direction;
import io.tandem.servicelevel.KpiDefinition;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.PeriodResult;
import io.tandem.servicelevel.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worked examples of the month-end projection, January 2026 (31 days; the 1st is a Thursday), for
 * a service level of 80 % in 20 s with a minimum of 79.5 %.
 */
class MonthEndProjectionTest {

    private static final KpiDefinition SL = new KpiDefinition(Metric.SERVICE_LEVEL, 20, null, AbandonTreatment.FAILURE,
            null);
    private static final Target TARGET = Target.of("80", "79.5", Direction.HIGHER_IS_BETTER);

    @Test
    void theLastDaysRepeatTheSameWeekdaysOfTheWeekBeforeAndRecoveryIsTheShareStillNeeded() {
        // as of Wednesday 28 January: the month so far is 7,200 in 20 s of 9,000 (80.00 %), of which
        // Thursday 22nd 300/400, Friday 23rd 310/400 and Saturday 24th 100/200
        Map<LocalDate, Figures> days = Map.of(
                day(5), figures("6490", "8000"),
                day(22), figures("300", "400"),
                day(23), figures("310", "400"),
                day(24), figures("100", "200"));
        MonthEndProjection projection = MonthEndProjection.of(SL, TARGET, day(28), days);

        assertEquals(3, projection.daysRemaining());
        assertEquals(new BigDecimal("80.00"), projection.monthToDateValue());
        // Thursday 29th to Saturday 31st repeat the 22nd to 24th: 710 of 1,000 more
        assertEquals(figures("710", "1000"), projection.remaining());
        // (7,200 + 710) / (9,000 + 1,000) = 7,910 / 10,000 = 79.10 %: below the minimum of 79.5 %
        assertEquals(new BigDecimal("79.10"), projection.projectedValue());
        assertEquals(PeriodResult.BREACHED, projection.result());
        assertTrue(projection.breachProjected());
        // to end at 79.5 %: 7,950 of 10,000, so 750 of the remaining 1,000 = 75.00 % answered in 20 s
        assertEquals(new MonthEndProjection.Needed(new BigDecimal("75.00"), true), projection.toAvoidBreach());
        // to end at 80 %: 8,000 - 7,200 = 800 of 1,000 = 80.00 %
        assertEquals(new MonthEndProjection.Needed(new BigDecimal("80.00"), true), projection.toMeet());
    }

    @Test
    void earlyInTheMonthTheProfileReachesIntoTheMonthBefore() {
        // as of Saturday 3 January: the last seven days run from Sunday 28 December; Monday 29
        // December 80/100, Friday 2 January 90/100, Saturday 3 January 10/20
        Map<LocalDate, Figures> days = Map.of(
                LocalDate.of(2025, 12, 29), figures("80", "100"),
                day(2), figures("90", "100"),
                day(3), figures("10", "20"));
        MonthEndProjection projection = MonthEndProjection.of(SL, TARGET, day(3), days);

        // December is not part of January's month to date: 100 / 120 = 83.33 %
        assertEquals(figures("100", "120"), projection.monthToDate());
        assertEquals(new BigDecimal("83.33"), projection.monthToDateValue());
        // the 4th to the 31st are exactly four weeks: 4 x (80 + 90 + 10) / 4 x (100 + 100 + 20) = 720 / 880
        assertEquals(figures("720", "880"), projection.remaining());
        // (100 + 720) / (120 + 880) = 820 / 1,000 = 82.00 %: met
        assertEquals(new BigDecimal("82.00"), projection.projectedValue());
        assertEquals(PeriodResult.MET, projection.result());
        // to end at 79.5 %: (79.5 x 1,000 - 100 x 100) / 880 = 69,500 / 880 = 78.977... rounded up: 78.98 %
        assertEquals(new BigDecimal("78.98"), projection.toAvoidBreach().value());
    }

    @Test
    void aMonthBeyondSavingSaysSo() {
        // as of Friday 30 January: 6,000 of 8,000 (75 %), of which Saturday 24th 300/400; only the 31st remains
        Map<LocalDate, Figures> days = Map.of(
                day(10), figures("5700", "7600"),
                day(24), figures("300", "400"));
        MonthEndProjection projection = MonthEndProjection.of(SL, TARGET, day(30), days);

        assertEquals(1, projection.daysRemaining());
        // the 31st repeats Saturday 24th: 300 / 400
        assertEquals(figures("300", "400"), projection.remaining());
        // (6,000 + 300) / (8,000 + 400) = 75.00 %; to reach 79.5 %: (79.5 x 8,400 - 100 x 6,000) / 400 = 169.5 %
        assertEquals(new BigDecimal("75.00"), projection.projectedValue());
        assertEquals(new MonthEndProjection.Needed(new BigDecimal("169.50"), false), projection.toAvoidBreach());
    }

    @Test
    void lowerIsBetterAllowsAtMostAndNothingToJudgeGivesNoValue() {
        KpiDefinition asa = new KpiDefinition(Metric.AVERAGE_SPEED_OF_ANSWER, null, null, null, null);
        Target asaTarget = Target.of("30", "40", Direction.LOWER_IS_BETTER);
        // as of Wednesday 28th: 2,000 s over 100 answered (20 s); Thursday 22nd to Saturday 24th: 1,500 s over 50
        Map<LocalDate, Figures> days = Map.of(
                day(22), figures("1500", "50"),
                day(5), figures("500", "50"));
        MonthEndProjection projection = MonthEndProjection.of(asa, asaTarget, day(28), days);
        // (2,000 + 1,500) / (100 + 50) = 23.33 s
        assertEquals(new BigDecimal("23.33"), projection.projectedValue());
        assertFalse(projection.breachProjected());
        // at most (40 x 150 - 2,000) / 50 = 80.00 s on average for the remaining answered contacts
        assertEquals(new MonthEndProjection.Needed(new BigDecimal("80.00"), true), projection.toAvoidBreach());

        MonthEndProjection empty = MonthEndProjection.of(asa, asaTarget, day(28), Map.of());
        assertNull(empty.monthToDateValue());
        assertNull(empty.projectedValue());
        assertNull(empty.result());
        assertNull(empty.toAvoidBreach(), "no contacts expected: nothing to ask of them");
    }

    private static LocalDate day(int dayOfJanuary) {
        return LocalDate.of(2026, 1, dayOfJanuary);
    }

    private static Figures figures(String numerator, String denominator) {
        return new Figures(new BigDecimal(numerator), new BigDecimal(denominator), 0);
    }
}

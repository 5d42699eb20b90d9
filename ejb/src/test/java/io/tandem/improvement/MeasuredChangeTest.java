package io.tandem.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.servicelevel.Direction;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuredChangeTest {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    @Test
    void threeMonthsEitherSideOfJuneLeavingJuneOut() {
        // before: March-May 70, 72, 74 -> 72.00; after: July-September 80, 81, 83 -> 81.33; +9.33
        MeasuredChange change = MeasuredChange.of(7, "Answered in 20 s", JUNE, 3, decimals("70", "72", "74"),
                decimals("80", "81", "83"), Direction.HIGHER_IS_BETTER);

        assertEquals(YearMonth.of(2026, 3), change.beforeFrom());
        assertEquals(YearMonth.of(2026, 5), change.beforeTo());
        assertEquals(YearMonth.of(2026, 7), change.afterFrom());
        assertEquals(YearMonth.of(2026, 9), change.afterTo());
        assertEquals(new BigDecimal("72.00"), change.before());
        assertEquals(new BigDecimal("81.33"), change.after());
        assertEquals(new BigDecimal("9.33"), change.change());
        assertTrue(change.improved());
    }

    @Test
    void lowerIsBetterForHandleTime() {
        // 420, 400 -> 410.00; 380 -> 380.00: -30.00 seconds, an improvement
        MeasuredChange change = MeasuredChange.of(8, "Handle time", JUNE, 2, decimals("420", "400"), decimals("380"),
                Direction.LOWER_IS_BETTER);

        assertEquals(new BigDecimal("-30.00"), change.change());
        assertEquals(1, change.monthsAfter());
        assertTrue(change.improved());
        assertFalse(MeasuredChange.of(8, "Handle time", JUNE, 1, decimals("380"), decimals("400"),
                Direction.LOWER_IS_BETTER).improved());
    }

    @Test
    void withoutMonthsOnOneSideThereIsNothingToCompare() {
        MeasuredChange change = MeasuredChange.of(7, "Answered", JUNE, 3, decimals("70"), List.of(),
                Direction.HIGHER_IS_BETTER);

        assertFalse(change.comparable());
        assertNull(change.after());
        assertNull(change.improved());
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}

package io.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthsTest {

    @Test
    void readsAMonthInTheFormYearDashMonth() {
        assertEquals(YearMonth.of(2026, 3), Months.parse("2026-03"));
        assertEquals(YearMonth.of(1, 12), Months.parse(" 0001-12 "));
        assertEquals(YearMonth.of(9999, 12), Months.parse("9999-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-3", "2026-13", "2026-00", "26-03", "+999999999-12", "-0001-01", "+10000-01",
            "2026-03-01", "March 2026", "２０２６-03"})
    void refusesEverythingElseNamingTheMonthAsWritten(String text) {
        DomainException refused = assertThrows(DomainException.class, () -> Months.parse(text));
        assertEquals("platform.month.invalid", refused.messageKey());
        assertEquals(List.of(text), refused.arguments());
    }

    @Test
    void refusesNoMonthAtAll() {
        assertEquals("platform.month.invalid", assertThrows(DomainException.class, () -> Months.parse(null)).messageKey());
    }
}

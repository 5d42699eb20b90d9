package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.servicelevel.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

    private final FigureFormat english = new FigureFormat(Locale.UK);
    private final FigureFormat german = new FigureFormat(Locale.GERMANY);

    @Test
    void moneyHasItsCurrencysMinorUnitAndCode() {
        assertEquals("3,600.00 GBP", english.money(new BigDecimal("3600"), "GBP"));
        assertEquals("3.600,00 GBP", german.money(new BigDecimal("3600"), "GBP"));
        assertEquals("1,200,000 JPY", english.money(new BigDecimal("1200000"), "JPY"));
        assertEquals("-4,800.50 EUR", english.money(new BigDecimal("-4800.5"), "EUR"));
    }

    @Test
    void aCorrectionReadsInTheMetricsUnitWithoutStoredZeros() {
        assertEquals("9.52 % → 8.96 %",
                english.change(new BigDecimal("9.5200"), new BigDecimal("8.9600"), Metric.ABANDONMENT_RATE));
        assertEquals("9,52 % → 8,96 %",
                german.change(new BigDecimal("9.5200"), new BigDecimal("8.9600"), Metric.ABANDONMENT_RATE));
        assertEquals("24 s", english.value(new BigDecimal("24.0000"), Metric.AVERAGE_SPEED_OF_ANSWER));
        assertEquals("312.5 s", english.value(new BigDecimal("312.50"), Metric.AVERAGE_HANDLE_TIME));
        assertEquals("-12", english.value(new BigDecimal("-12.00"), Metric.NPS));
    }

    @Test
    void nothingIsRoundedAwayAndLargeNumbersAreGrouped() {
        assertEquals("0.0001 %", english.percent(new BigDecimal("0.0001")));
        assertEquals("1,234,567.891", english.number(new BigDecimal("1234567.891")));
        assertEquals("1.234.567,891", german.number(new BigDecimal("1234567.891")));
        assertEquals("40", english.number(new BigDecimal("4E+1")));
    }

    @Test
    void monthsReadAsNamesInTheReadersLanguage() {
        assertEquals("September 2026", english.month(YearMonth.of(2026, 9)));
        assertEquals("März 2026", german.month(YearMonth.of(2026, 3)));
        assertEquals("Sept 2026", english.shortMonth(YearMonth.of(2026, 9)));
        assertEquals("", english.month(null));
        assertEquals("15 Dec 2026", english.date(LocalDate.of(2026, 12, 15)));
        assertEquals("15.12.2026", german.date(LocalDate.of(2026, 12, 15)));
    }
}

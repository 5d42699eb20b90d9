package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.improvement.GainShare;
import io.tandem.platform.Money;
import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.CreditStatus;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.ServiceCredit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
    void aCreditsSumIsTypesetWithUnitsAndTheCappedStepWhenThereIsOne() {
        CreditReport.Line plain = line("4800.00", "4800.00", "8000.00", "4800.00", null, ServiceCredit.Rule.ALLOCATION);
        assertEquals("100,000.00 GBP × 12 % × 40 % = 4,800.00 GBP", english.formula(plain));
        assertEquals("100.000,00 GBP × 12 % × 40 % = 4.800,00 GBP", german.formula(plain));

        // 4,800.00 + 4,500.00 = 9,300.00 allocated against a 9,000.00 cap: 4,800.00 x 9,000.00 / 9,300.00
        // = 4,645.161..., rounded down to 4,645.16, and this credit took the cap's one left-over penny
        CreditReport.Line capped = line("4645.17", "4800.00", "9000.00", "9300.00", "4645.16",
                ServiceCredit.Rule.CAPPED_PRO_RATA);
        assertEquals("100,000.00 GBP × 12 % × 40 % = 4,800.00 GBP; 9,300.00 GBP > 9,000.00 GBP: "
                + "4,800.00 GBP × 9,000.00 GBP / 9,300.00 GBP = 4,645.16 GBP + 0.01 GBP = 4,645.17 GBP",
                english.formula(capped));
    }

    private static CreditReport.Line line(String amount, String allocated, String atRisk, String periodAllocated,
                                          String cappedShare, ServiceCredit.Rule rule) {
        return new CreditReport.Line(1, "Answered in 20 s", YearMonth.of(2026, 6), new BigDecimal(amount), "GBP",
                CreditStatus.PAYABLE, new BigDecimal("100000.00"), new BigDecimal("12"), new BigDecimal("40"),
                new BigDecimal(allocated), new BigDecimal(atRisk), new BigDecimal(periodAllocated),
                cappedShare == null ? null : new BigDecimal(cappedShare), rule, 0, List.of(), "");
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

    @Test
    void aGainShareSplitReadsAsItsSumInTheReadersLocale() {
        GainShare split = GainShare.of(Money.of("120000.00", "GBP"), new BigDecimal("40"));

        assertEquals("120,000.00 GBP × 40 % = 48,000.00 GBP; 120,000.00 GBP − 48,000.00 GBP = 72,000.00 GBP",
                english.formula(split));
        assertEquals("120.000,00 GBP × 40 % = 48.000,00 GBP; 120.000,00 GBP − 48.000,00 GBP = 72.000,00 GBP",
                german.formula(split));
    }
}

package io.tandem.web.shell;

import io.tandem.improvement.GainShare;
import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.Metric;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How every page, export and formula writes a figure, in the reader's locale: money with its
 * currency's minor unit and code ("3,600.00 GBP", "3.600,00 GBP"), percentages and seconds with
 * their unit and the decimals the value has ("9.52 %", not "9.5200"), months by name
 * ("September 2026"). Nothing is rounded here: a stored value shows the digits it holds, less
 * trailing zeros.
 * <p>
 * An instance keeps its formatters: a dashboard page writes over a thousand figures, and making a
 * {@link DecimalFormat} for each (the locale's lookups) was 6 % of the page's CPU time under load.
 * A {@code DecimalFormat} is not safe for concurrent use, so each is used under the lock of the
 * map that keeps them.
 */
public final class FigureFormat {

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;
    private final DateTimeFormatter shortMonths;
    /** By the number of fraction digits, which every figure here shows exactly. */
    private final Map<Integer, DecimalFormat> numberFormats = new HashMap<>();

    public FigureFormat(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.months = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.shortMonths = DateTimeFormatter.ofPattern("LLL yyyy", locale);
    }

    /** A date in the locale's medium style: "15 Dec 2026", "15.12.2026". */
    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String month(YearMonth month) {
        return month == null ? "" : months.format(month);
    }

    /** The short form for table headers: "Sep 2026". */
    public String shortMonth(YearMonth month) {
        return month == null ? "" : shortMonths.format(month);
    }

    public String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return grouped(amount, Math.max(digits, 0)) + " " + currencyCode;
    }

    public String percent(BigDecimal value) {
        return value == null ? "" : number(value) + " %";
    }

    public String seconds(BigDecimal value) {
        return value == null ? "" : number(value) + " s";
    }

    /** A figure in its metric's unit; a score and a custom metric's value carry none. */
    public String value(BigDecimal value, Metric metric) {
        if (value == null) {
            return "";
        }
        return switch (metric.unit()) {
            case PERCENT -> percent(value);
            case SECONDS -> seconds(value);
            case SCORE, ANY -> number(value);
        };
    }

    /** The digits the value holds, less trailing zeros, grouped and with the locale's separators. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = Figures.plain(value);
        return grouped(plain, plain.scale());
    }

    /** A change as "before → after", each in the metric's unit. */
    public String change(BigDecimal before, BigDecimal after, Metric metric) {
        return value(before, metric) + " → " + value(after, metric);
    }

    /**
     * A credit's sum typeset in the reader's locale, the same steps as the figures-only formula the
     * API gives: "100,000.00 GBP × 12 % × 40 % = 4,800.00 GBP"; a capped month adds the pro-rata
     * step and, where the cap's last minor units went to this credit, that remainder.
     */
    public String formula(CreditReport.Line credit) {
        String currency = credit.currency();
        String allocation = money(credit.monthlyCharges(), currency) + " × " + percent(credit.atRiskPercent())
                + " × " + percent(credit.allocationPercent()) + " = " + money(credit.allocated(), currency);
        if (credit.cappedShare() == null) {
            return allocation;
        }
        String scaled = allocation + "; " + money(credit.periodAllocated(), currency) + " > "
                + money(credit.atRiskAmount(), currency) + ": " + money(credit.allocated(), currency) + " × "
                + money(credit.atRiskAmount(), currency) + " / " + money(credit.periodAllocated(), currency)
                + " = " + money(credit.cappedShare(), currency);
        BigDecimal leftOver = credit.amount().subtract(credit.cappedShare());
        return leftOver.signum() == 0 ? scaled
                : scaled + " + " + money(leftOver, currency) + " = " + money(credit.amount(), currency);
    }

    /**
     * A gain-share split typeset in the reader's locale, the same steps as the figures-only formula
     * the API gives: "120,000.00 GBP × 40 % = 48,000.00 GBP; 120,000.00 GBP − 48,000.00 GBP = 72,000.00 GBP".
     */
    public String formula(GainShare split) {
        String currency = split.currency();
        return money(split.benefit(), currency) + " × " + percent(split.clientPercent()) + " = "
                + money(split.client(), currency) + "; " + money(split.benefit(), currency) + " − "
                + money(split.client(), currency) + " = " + money(split.provider(), currency);
    }

    /** The value grouped, with the locale's separators and exactly {@code fractionDigits} decimals. */
    private String grouped(BigDecimal value, int fractionDigits) {
        synchronized (numberFormats) {
            return numberFormats.computeIfAbsent(fractionDigits, this::newGrouped).format(value);
        }
    }

    private DecimalFormat newGrouped(int fractionDigits) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }
}

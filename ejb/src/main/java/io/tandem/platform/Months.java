package io.tandem.platform;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Months as people and files write them: {@code yyyy-MM}. */
public final class Months {

    /**
     * Four digits of year exactly. {@link YearMonth#parse} also takes a signed year of up to nine
     * digits, such as {@code +999999999-12}, whose next month is beyond the range of dates: a
     * dashboard asked for it failed adding the eleven months of its range instead of refusing it.
     */
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}");

    private Months() {
    }

    public static YearMonth parse(String text) {
        String month = text == null ? "" : text.strip();
        try {
            if (FORM.matcher(month).matches()) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other month not in the form
        }
        throw new DomainException("platform.month.invalid", String.valueOf(text));
    }
}

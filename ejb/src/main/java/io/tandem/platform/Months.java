package io.tandem.platform;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months as people and files write them: {@code yyyy-MM}. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("platform.month.invalid", String.valueOf(text));
        }
    }
}

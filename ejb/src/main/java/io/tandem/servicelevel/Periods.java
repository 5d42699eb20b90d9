package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months as people and files write them: {@code yyyy-MM}. */
public final class Periods {

    private Periods() {
    }

    public static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("servicelevel.bulk.period", String.valueOf(text));
        }
    }
}

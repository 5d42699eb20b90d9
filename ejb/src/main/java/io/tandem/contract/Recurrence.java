package io.tandem.contract;

import java.time.LocalDate;

/** How often an obligation falls due. */
public enum Recurrence {
    ONCE(0),
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The next due date after {@code due}; a one-off obligation has none. */
    public LocalDate after(LocalDate due) {
        if (this == ONCE) {
            throw new IllegalStateException("A one-off obligation does not recur");
        }
        return due.plusMonths(months);
    }
}

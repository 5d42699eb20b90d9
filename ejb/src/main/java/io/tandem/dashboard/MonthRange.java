package io.tandem.dashboard;

import java.time.YearMonth;

/** The months a dashboard shows. */
public record MonthRange(YearMonth from, YearMonth to) {

    /** The months asked for; where one end is missing, twelve months from or up to the other, or up to this month. */
    public static MonthRange orTwelveMonths(YearMonth from, YearMonth to) {
        YearMonth last = to != null ? to : from != null ? from.plusMonths(11) : YearMonth.now();
        return new MonthRange(from != null ? from : last.minusMonths(11), last);
    }
}

package io.tandem.servicelevel;

/**
 * One line of a bulk submission as it arrived, before any check: the service level by id or by
 * name, the month as yyyy-MM, numbers as text. Keeping the raw text lets every rejection name
 * the line and what was wrong with it.
 */
public record MeasurementLine(int lineNumber, String serviceLevel, String period, String value, String numerator,
                              String denominator, String evidence) {
}

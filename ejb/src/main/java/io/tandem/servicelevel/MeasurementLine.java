package io.tandem.servicelevel;

import java.math.BigDecimal;

/**
 * One line of a bulk submission as it arrived, before any check against the workspace: the
 * service level by id or by name, the month as yyyy-MM, the figures as numbers (a file's text is
 * read into numbers by {@link MeasurementCsv}, line by line). {@link MeasurementLines} checks it.
 */
public record MeasurementLine(int lineNumber, String serviceLevel, String period, BigDecimal value,
                              BigDecimal numerator, BigDecimal denominator, String evidence) {
}

package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import io.tandem.platform.bulk.CsvFile;
import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads measurements from CSV ({@link CsvFile}). The first line names the columns, in any order:
 * {@code service_level}, {@code period}, {@code value}, {@code numerator}, {@code denominator},
 * {@code evidence}; the first two are required, and a value or a numerator and denominator.
 */
public final class MeasurementCsv {

    public static final List<String> COLUMNS = List.of("service_level", "period", "value", "numerator", "denominator",
            "evidence");
    /** Enough for years of monthly figures; a file beyond it is a mistake or an attack. */
    public static final int MAX_LINES = 10_000;

    private MeasurementCsv() {
    }

    /** Every line whose figures are not numbers is named before anything is refused. */
    public static List<MeasurementLine> parse(String text) {
        List<MeasurementLine> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (CsvFile.Row row : CsvFile.read(text, COLUMNS, List.of("service_level", "period"), MAX_LINES)) {
            try {
                lines.add(new MeasurementLine(row.line(), row.get("service_level"), row.get("period"),
                        LineReader.number(row.get("value")), LineReader.number(row.get("numerator")),
                        LineReader.number(row.get("denominator")), row.get("evidence")));
            } catch (DomainException e) {
                errors.add(new LineError(row.line(), e.messageKey(), e.arguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedLinesException(errors);
        }
        return lines;
    }
}

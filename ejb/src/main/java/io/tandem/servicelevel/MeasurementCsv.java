package io.tandem.servicelevel;

import io.tandem.platform.bulk.CsvFile;
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

    public static List<MeasurementLine> parse(String text) {
        return CsvFile.read(text, COLUMNS, List.of("service_level", "period"), MAX_LINES).stream()
                .map(row -> new MeasurementLine(row.line(), row.get("service_level"), row.get("period"),
                        row.get("value"), row.get("numerator"), row.get("denominator"), row.get("evidence")))
                .toList();
    }
}

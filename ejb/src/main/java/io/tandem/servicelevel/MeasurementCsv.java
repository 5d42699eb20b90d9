package io.tandem.servicelevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads measurements from CSV (RFC 4180: commas, double quotes, quotes doubled inside quotes).
 * The first line names the columns, in any order: {@code service_level}, {@code period},
 * {@code value}, {@code numerator}, {@code denominator}, {@code evidence}; the first two are
 * required, and a value or a numerator and denominator. Blank lines are skipped. Line numbers
 * are the file's own, counted from 1 at the header, as an editor shows them.
 */
public final class MeasurementCsv {

    public static final List<String> COLUMNS = List.of("service_level", "period", "value", "numerator", "denominator",
            "evidence");
    /** Enough for years of monthly figures; a file beyond it is a mistake or an attack. */
    public static final int MAX_LINES = 10_000;

    private MeasurementCsv() {
    }

    public static List<MeasurementLine> parse(String text) {
        List<Record> records = records(text == null ? "" : text.replace("\uFEFF", ""));
        if (records.isEmpty()) {
            throw new RejectedLinesException(List.of(new LineError(1, "servicelevel.bulk.empty", List.of())));
        }
        List<String> header = records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String required : List.of("service_level", "period")) {
            if (!header.contains(required)) {
                throw new RejectedLinesException(List.of(new LineError(1, "servicelevel.bulk.header",
                        List.of(String.join(",", COLUMNS)))));
            }
        }
        List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty()) {
            throw new RejectedLinesException(List.of(new LineError(1, "servicelevel.bulk.unknownColumn",
                    List.of(unknown.get(0)))));
        }
        if (records.size() - 1 > MAX_LINES) {
            throw new RejectedLinesException(List.of(new LineError(1, "servicelevel.bulk.tooMany", List.of(MAX_LINES))));
        }
        List<MeasurementLine> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i).fields();
            int lineNumber = records.get(i).line();
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() != header.size()) {
                errors.add(new LineError(lineNumber, "servicelevel.bulk.columns", List.of(header.size(), fields.size())));
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String field = fields.get(c).strip();
                row.put(header.get(c), field.isEmpty() ? null : field);
            }
            lines.add(new MeasurementLine(lineNumber, row.get("service_level"), row.get("period"), row.get("value"),
                    row.get("numerator"), row.get("denominator"), row.get("evidence")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedLinesException(errors);
        }
        return lines;
    }

    /** One record and the line it starts on (a quoted field may span lines). */
    private record Record(int line, List<String> fields) {
    }

    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean lineBreak = ch == '\n' || ch == '\r';
            if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (lineBreak) {
                line++;
            }
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(lineBreak ? '\n' : ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (lineBreak) {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordStart, fields));
                fields = new ArrayList<>();
                recordStart = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new RejectedLinesException(List.of(new LineError(recordStart, "servicelevel.bulk.unclosedQuote",
                    List.of())));
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordStart, fields));
        }
        return records;
    }
}

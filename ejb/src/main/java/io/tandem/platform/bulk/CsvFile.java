package io.tandem.platform.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as every import reads it (RFC 4180: commas, double quotes, quotes doubled inside
 * quotes). The first line names the columns, in any order, from a known set; some are required.
 * Blank lines are skipped. Line numbers are the file's own, counted from 1 at the header, as an
 * editor shows them; a line with the wrong number of fields is named with all the others before
 * anything is refused.
 */
public final class CsvFile {

    /** One data line: its number in the file and its fields by column, blank fields as null. */
    public record Row(int line, Map<String, String> fields) {

        public String get(String column) {
            return fields.get(column);
        }
    }

    private CsvFile() {
    }

    public static List<Row> read(String text, List<String> columns, List<String> required, int maxLines) {
        List<Record> records = records(text == null ? "" : text.replace("\uFEFF", ""));
        if (records.isEmpty()) {
            throw rejected(1, "platform.bulk.empty");
        }
        List<String> header = records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.containsAll(required)) {
            throw rejected(1, "platform.bulk.header", String.join(",", columns), String.join(",", required));
        }
        List<String> unknown = header.stream().filter(h -> !columns.contains(h)).toList();
        if (!unknown.isEmpty()) {
            throw rejected(1, "platform.bulk.unknownColumn", unknown.get(0));
        }
        if (records.size() - 1 > maxLines) {
            throw rejected(1, "platform.bulk.tooMany", maxLines);
        }
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            List<String> fields = record.fields();
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() != header.size()) {
                errors.add(new LineError(record.line(), "platform.bulk.columns", List.of(header.size(), fields.size())));
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String field = fields.get(c).strip();
                row.put(header.get(c), field.isEmpty() ? null : field);
            }
            rows.add(new Row(record.line(), row));
        }
        if (!errors.isEmpty()) {
            throw new RejectedLinesException(errors);
        }
        return rows;
    }

    private static RejectedLinesException rejected(int line, String key, Object... arguments) {
        return new RejectedLinesException(List.of(new LineError(line, key, List.of(arguments))));
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
            throw rejected(recordStart, "platform.bulk.unclosedQuote");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordStart, fields));
        }
        return records;
    }
}

package io.tandem.interaction;

import io.tandem.platform.bulk.CsvStream;
import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An interaction file read as it arrives and handed on record by record in PostgreSQL's COPY text
 * format, so that no file is ever held whole: the line number, whether the line is bad, then the
 * columns in {@link #COLUMNS} order as their types ({@code \N} for an empty field). The header is
 * checked here (columns in any order, the required ones present, none unknown), each line's number
 * of fields, and what each field says ({@link InteractionLine}); what needs the whole file or the
 * stored records is checked in SQL once the file is staged ({@link InteractionStaging}).
 */
final class InteractionFile {

    /** The columns of the CSV format, in the staging table's order; the README documents them. */
    static final List<String> COLUMNS = List.of("record_id", "channel", "queue", "offered_at", "answered_at",
            "ended_at", "abandoned", "wait_seconds", "handle_seconds", "agent_ref", "customer_ref", "resolved",
            "csat", "nps");
    static final List<String> REQUIRED = List.of("record_id", "channel", "queue", "offered_at", "abandoned",
            "wait_seconds");
    /** Bad lines named one by one; beyond them only counted. */
    static final int MAX_ERRORS = 1000;

    /** Where the COPY text goes, a record at a time. */
    interface Sink {
        void write(CharSequence text) throws IOException;
    }

    /**
     * What reading found: good records handed on, the months their offered times fall in with the
     * first and last of them, and the bad lines (the first of them, and how many).
     */
    record Shape(long records, InteractionStaging.Span span, List<LineError> errors, long errorCount) {
    }

    private InteractionFile() {
    }

    /**
     * Reads the whole file into the sink. A file without a header or records, or whose header is
     * wrong, or that is not text at all, is refused at once with a {@link RejectedLinesException};
     * an IOException is the connection's.
     */
    static Shape copy(InputStream body, Sink sink) throws IOException {
        CsvStream csv = new CsvStream(body);
        int[] position = header(csv.next());
        List<LineError> errors = new ArrayList<>();
        long errorCount = 0;
        long records = 0;
        Set<YearMonth> months = new TreeSet<>();
        LocalDateTime first = null;
        LocalDateTime last = null;
        StringBuilder out = new StringBuilder(256);
        String[] row = new String[COLUMNS.size()];
        for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() != position.length) {
                if (errorCount++ < MAX_ERRORS) {
                    errors.add(LineError.at(csv.line(), "platform.bulk.columns", position.length, fields.size()));
                }
                continue;
            }
            Arrays.fill(row, null);
            for (int c = 0; c < position.length; c++) {
                String field = fields.get(c).strip();
                row[position[c]] = field.isEmpty() ? null : field;
            }
            InteractionLine line = new InteractionLine(row);
            if (line.problem() != null) {
                if (errorCount++ < MAX_ERRORS) {
                    errors.add(LineError.at(csv.line(), line.problem().key(), line.problem().arguments().toArray()));
                }
            } else {
                records++;
                LocalDateTime offered = line.offered();
                months.add(YearMonth.from(offered));
                first = first == null || offered.isBefore(first) ? offered : first;
                last = last == null || offered.isAfter(last) ? offered : last;
            }
            out.setLength(0);
            out.append(csv.line()).append('\t');
            line.appendCopyText(out);
            out.append('\n');
            sink.write(out);
        }
        if (records == 0 && errorCount == 0) {
            throw rejected(1, "platform.bulk.empty");
        }
        return new Shape(records, new InteractionStaging.Span(months, first, last), errors, errorCount);
    }

    /** Where each of the file's columns goes in {@link #COLUMNS}. */
    private static int[] header(List<String> header) {
        if (header == null || header.size() == 1 && header.get(0).isBlank()) {
            throw rejected(1, "platform.bulk.empty");
        }
        int[] position = new int[header.size()];
        List<String> seen = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip().toLowerCase(Locale.ROOT);
            position[c] = COLUMNS.indexOf(name);
            if (position[c] < 0) {
                throw rejected(1, "platform.bulk.unknownColumn", name);
            }
            if (seen.contains(name)) {
                throw rejected(1, "platform.bulk.repeatedColumn", name);
            }
            seen.add(name);
        }
        if (!seen.containsAll(REQUIRED)) {
            throw rejected(1, "platform.bulk.header", String.join(",", COLUMNS), String.join(",", REQUIRED));
        }
        return position;
    }

    private static RejectedLinesException rejected(long line, String key, Object... arguments) {
        return new RejectedLinesException(List.of(LineError.at(line, key, arguments)));
    }
}

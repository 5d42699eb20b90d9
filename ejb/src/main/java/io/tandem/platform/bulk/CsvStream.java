package io.tandem.platform.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read one record at a time, for files too large to hold (see {@link CsvFile} for the
 * small ones, with the same rules): RFC 4180 (commas, double quotes, quotes doubled inside quotes,
 * a quoted field may span lines), UTF-8 with or without a byte-order mark, line numbers counted
 * from 1 as an editor shows them. Memory stays bounded whatever arrives: a field longer than
 * {@link #MAX_FIELD_CHARS} or a record of more than {@link #MAX_FIELDS} fields ends the reading
 * with a rejection, and so does anything that is not text (bytes that are not UTF-8, a NUL).
 */
public final class CsvStream {

    public static final int MAX_FIELD_CHARS = 10_000;
    public static final int MAX_FIELDS = 200;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean started;
    private long line = 1;
    private long recordLine;

    public CsvStream(InputStream in) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The line the record last returned by {@link #next()} starts on. */
    public long line() {
        return recordLine;
    }

    /**
     * The next record's fields as written (not stripped), or null at the end of the file. An
     * IOException other than a rejection is the connection's: the file did not arrive whole.
     */
    public List<String> next() throws IOException {
        int ch = read();
        if (!started) {
            started = true;
            if (ch == '\uFEFF') {
                ch = read();
            }
        }
        if (ch == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (ch == -1) {
                if (quoted) {
                    throw rejected(recordLine, "platform.bulk.unclosedQuote");
                }
                fields.add(field.toString());
                return fields;
            }
            if (ch == 0) {
                throw rejected(line, "platform.bulk.notText");
            }
            boolean lineBreak = ch == '\n' || ch == '\r';
            if (ch == '\r' && peek() == '\n') {
                read();
            }
            if (lineBreak) {
                line++;
            }
            if (quoted) {
                if (ch == '"' && peek() == '"') {
                    read();
                    append(field, '"');
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    append(field, lineBreak ? '\n' : (char) ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                if (fields.size() >= MAX_FIELDS) {
                    throw rejected(recordLine, "platform.bulk.tooManyFields", MAX_FIELDS);
                }
            } else if (lineBreak) {
                fields.add(field.toString());
                return fields;
            } else {
                appendRun(field);
            }
            ch = read();
        }
    }

    private void append(StringBuilder field, char ch) {
        if (field.length() == MAX_FIELD_CHARS) {
            throw rejected(recordLine, "platform.bulk.fieldTooLong", MAX_FIELD_CHARS);
        }
        field.append(ch);
    }

    /**
     * The unquoted character just read and the ordinary ones after it in the buffer, in one step:
     * most of a large file is such runs, and copying them char by char was most of its reading.
     */
    private void appendRun(StringBuilder field) {
        int start = position - 1;
        int end = position;
        while (end < limit) {
            char ch = buffer[end];
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == 0) {
                break;
            }
            end++;
        }
        if (field.length() + (end - start) > MAX_FIELD_CHARS) {
            throw rejected(recordLine, "platform.bulk.fieldTooLong", MAX_FIELD_CHARS);
        }
        field.append(buffer, start, end - start);
        position = end;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        try {
            int read = in.read(buffer, 0, buffer.length);
            while (read == 0) {
                read = in.read(buffer, 0, buffer.length);
            }
            if (read == -1) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (CharacterCodingException e) {
            throw rejected(line, "platform.bulk.notText");
        }
    }

    private static RejectedLinesException rejected(long line, String key, Object... arguments) {
        return new RejectedLinesException(List.of(LineError.at(line, key, arguments)));
    }
}

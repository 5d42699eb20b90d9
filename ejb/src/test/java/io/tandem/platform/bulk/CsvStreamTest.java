package io.tandem.platform.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStreamTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesCountAsAnEditorShowsThem() throws IOException {
        CsvStream csv = stream("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n3,4");

        assertEquals(List.of("a", "b"), csv.next());
        assertEquals(1, csv.line());
        assertEquals(List.of("x, y", "say \"hi\""), csv.next());
        assertEquals(2, csv.line());
        assertEquals(List.of("two\nlines", "z"), csv.next());
        assertEquals(3, csv.line());
        assertEquals(List.of("3", "4"), csv.next());
        assertEquals(5, csv.line());
        assertNull(csv.next());
    }

    @Test
    void blankLinesAreRecordsOfOneEmptyFieldAndStillCount() throws IOException {
        CsvStream csv = stream("a\n\nb\n");

        assertEquals(List.of("a"), csv.next());
        assertEquals(List.of(""), csv.next());
        assertEquals(List.of("b"), csv.next());
        assertEquals(3, csv.line());
        assertNull(csv.next());
    }

    @Test
    void aQuoteLeftOpenIsNamedByTheLineItOpensOn() throws IOException {
        CsvStream csv = stream("a\n\"never\nclosed");
        csv.next();

        RejectedLinesException refused = assertThrows(RejectedLinesException.class, csv::next);
        assertEquals(List.of(new LineError(2, "platform.bulk.unclosedQuote", List.of())), refused.errors());
    }

    @Test
    void bytesThatAreNotTextAreRefused() {
        CsvStream binary = new CsvStream(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, (byte) 0xC3, 0x28}));
        CsvStream nul = stream("a,b\n1,\u0000");

        assertEquals("platform.bulk.notText",
                assertThrows(RejectedLinesException.class, binary::next).errors().get(0).messageKey());
        assertEquals("platform.bulk.notText", assertThrows(RejectedLinesException.class, () -> {
            nul.next();
            nul.next();
        }).errors().get(0).messageKey());
    }

    @Test
    void aFieldTooLongToHoldEndsTheReadingInsteadOfFillingTheMemory() {
        CsvStream csv = new CsvStream(endless());

        RejectedLinesException refused = assertThrows(RejectedLinesException.class, csv::next);
        assertEquals(new LineError(1, "platform.bulk.fieldTooLong", List.of(CsvStream.MAX_FIELD_CHARS)),
                refused.errors().get(0));
    }

    @Test
    void theLongestFieldIsKeptWholeAcrossTheReadBufferAndOneCharacterMoreIsNot() throws IOException {
        // ten fields of exactly the limit: 100,010 characters; the seventh straddles the 65,536 read at once
        String longest = "y".repeat(CsvStream.MAX_FIELD_CHARS);
        String fine = String.join(",", java.util.Collections.nCopies(10, longest)) + "\n";
        // then a field begun quoted and ended unquoted, and on line 3 one character over the limit
        String tooLong = "z".repeat(CsvStream.MAX_FIELD_CHARS + 1);
        CsvStream csv = stream(fine + "a,\"q\"" + longest.substring(3) + "b\n" + tooLong + "\n");

        List<String> first = csv.next();
        List<String> second = csv.next();
        RejectedLinesException refused = assertThrows(RejectedLinesException.class, csv::next);

        assertEquals(10, first.size());
        assertTrue(first.stream().allMatch(longest::equals));
        assertEquals(List.of("a", "q" + longest.substring(3) + "b"), second);
        assertEquals(new LineError(3, "platform.bulk.fieldTooLong", List.of(CsvStream.MAX_FIELD_CHARS)),
                refused.errors().get(0));
    }

    @Test
    void aMillionRecordsAreReadOneAtATime() throws IOException {
        CsvStream csv = new CsvStream(new InputStream() {
            private final byte[] line = "id,value\n".getBytes(StandardCharsets.US_ASCII);
            private long sent;

            @Override
            public int read() {
                return sent < 1_000_000L * line.length ? line[(int) (sent++ % line.length)] : -1;
            }
        });
        long records = 0;
        List<String> last = new ArrayList<>();
        for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
            records++;
            last = fields;
        }

        assertEquals(1_000_000, records);
        assertEquals(1_000_000, csv.line());
        assertEquals(List.of("id", "value"), last);
    }

    private static CsvStream stream(String text) {
        return new CsvStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** An opening quote and then "x" for ever. */
    private static InputStream endless() {
        return new InputStream() {
            private boolean opened;

            @Override
            public int read() {
                if (!opened) {
                    opened = true;
                    return '"';
                }
                return 'x';
            }
        };
    }
}

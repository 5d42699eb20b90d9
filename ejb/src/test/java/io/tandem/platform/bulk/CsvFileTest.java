package io.tandem.platform.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final List<String> COLUMNS = List.of("id", "channel", "note");

    @Test
    void readsColumnsByNameWithQuotedFieldsAndTheFilesOwnLineNumbers() {
        List<CsvFile.Row> rows = CsvFile.read("""
                channel,id,note
                phone,A-1,"said ""hello""
                twice"

                chat,A-2,
                """, COLUMNS, List.of("id"), 10);

        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("said \"hello\"\ntwice", rows.get(0).get("note"));
        assertEquals(5, rows.get(1).line());
        assertEquals("A-2", rows.get(1).get("id"));
        assertEquals(null, rows.get(1).get("note"));
    }

    @Test
    void everyLineWithTheWrongNumberOfFieldsIsNamed() {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class,
                () -> CsvFile.read("id,channel\nA-1\nA-2,chat\nA-3,chat,extra\n", COLUMNS, List.of("id"), 10));

        assertEquals(List.of(2, 4), rejected.errors().stream().map(LineError::lineNumber).toList());
        assertEquals(List.of(2, 1), rejected.errors().get(0).arguments());
    }

    @Test
    void theFileAsAWholeIsRefusedAtLineOne() {
        assertEquals("platform.bulk.empty", key(""));
        assertEquals("platform.bulk.header", key("channel,note\nphone,x\n"));
        assertEquals("platform.bulk.unknownColumn", key("id,colour\nA-1,red\n"));
        assertEquals("platform.bulk.tooMany", key("id\n1\n2\n3\n"));
    }

    @Test
    void aQuoteNeverClosedIsNamedAtTheLineItOpens() {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class,
                () -> CsvFile.read("id\nA-0\n\"A-1\n", COLUMNS, List.of("id"), 2));

        assertEquals(List.of(new LineError(3, "platform.bulk.unclosedQuote", List.of())), rejected.errors());
    }

    private static String key(String csv) {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class,
                () -> CsvFile.read(csv, COLUMNS, List.of("id"), 2));
        assertEquals(1, rejected.errors().get(0).lineNumber());
        return rejected.errors().get(0).messageKey();
    }
}

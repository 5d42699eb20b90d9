package io.tandem.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionFileTest {

    private static final String HEADER = "record_id,channel,queue,offered_at,abandoned,wait_seconds\n";

    @Test
    void columnsInAnyOrderArePutInTheStagingTablesOrderAsTheirTypesWithTheLineNumberFirst() throws IOException {
        StringBuilder copy = new StringBuilder();
        InteractionFile.Shape shape = InteractionFile.copy(body("""
                wait_seconds,queue,record_id,abandoned,channel,offered_at,csat
                12,Claims,C-1,no,voice,2026-04-01T08:00,5
                """), copy::append);

        assertEquals(1, shape.records());
        assertEquals("2\tf\tC-1\tVOICE\tClaims\t2026-04-01 08:00:00\t\\N\t\\N\tf\t12\t\\N\t\\N\t\\N\t\\N\t5\t\\N\n",
                copy.toString());
    }

    @Test
    void theGoodRecordsMonthsAndFirstAndLastOfferedTimesAreKeptAsTheFileIsRead() throws IOException {
        InteractionFile.Shape shape = InteractionFile.copy(body(HEADER
                + "C-1,VOICE,Q,2026-04-30 23:59:59,false,0\n"
                + "C-2,VOICE,Q,2026-03-01 00:00,false,0\n"
                + "C-3,VOICE,Q,2026-01-15 09:00,false,-1\n"
                + "C-4,VOICE,Q,2026-05-01 00:00,false,0\n"), text -> { });

        // C-3 is bad (a negative wait): January is not among the months
        assertEquals(3, shape.records());
        assertEquals(new InteractionStaging.Span(Set.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                YearMonth.of(2026, 5)), LocalDateTime.of(2026, 3, 1, 0, 0), LocalDateTime.of(2026, 5, 1, 0, 0)),
                shape.span());
    }

    @Test
    void aBadLineIsNamedWithItsFirstBrokenRuleAndStagedWithItsRecordIdOnly() throws IOException {
        StringBuilder copy = new StringBuilder();
        InteractionFile.Shape shape = InteractionFile.copy(body(HEADER
                + "C-1,VOICE,Q,2026-02-29 08:00,false,-4\n"), copy::append);

        // 2026 is no leap year: the time is the first rule broken, before the negative wait
        assertEquals(0, shape.records());
        assertEquals(List.of(new LineError(2, "interaction.import.time", List.of("offered_at"))), shape.errors());
        assertEquals("2\tt\tC-1" + "\t\\N".repeat(13) + "\n", copy.toString());
    }

    @Test
    void tabsBackslashesAndLineBreaksInsideFieldsAreEscapedForCopy() throws IOException {
        StringBuilder copy = new StringBuilder();
        InteractionFile.copy(body(HEADER + "\"a\tb\\c\nd\",chat,Q,2026-04-01 08:00,false,0\n"), copy::append);

        assertEquals("2\tf\ta\\tb\\\\c\\nd\tCHAT\tQ\t", copy.substring(0, 22));
    }

    @Test
    void linesWithTheWrongNumberOfFieldsAreNamedAndTheOthersStillGoThrough() throws IOException {
        StringBuilder copy = new StringBuilder();
        InteractionFile.Shape shape = InteractionFile.copy(body(HEADER
                + "C-1,VOICE,Q,2026-04-01 08:00,false,0\n"
                + "C-2,VOICE,Q,2026-04-01 08:00,false\n"
                + "\n"
                + "C-3,VOICE,Q,2026-04-01 08:00,false,0,extra\n"), copy::append);

        assertEquals(1, shape.records());
        assertEquals(2, shape.errorCount());
        assertEquals(List.of(new LineError(3, "platform.bulk.columns", List.of(6, 5)),
                new LineError(5, "platform.bulk.columns", List.of(6, 7))), shape.errors());
    }

    @Test
    void onlyTheFirstThousandBadLinesAreKeptButAllAreCounted() throws IOException {
        String bad = "C,VOICE\n".repeat(2500);

        InteractionFile.Shape shape = InteractionFile.copy(body(HEADER + bad), text -> { });

        assertEquals(2500, shape.errorCount());
        assertEquals(1000, shape.errors().size());
        assertEquals(1001, shape.errors().get(999).lineNumber());
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRecordsIsRefused() {
        assertEquals("platform.bulk.empty", refusal(""));
        assertEquals("platform.bulk.empty", refusal(HEADER));
        assertEquals("platform.bulk.empty", refusal(HEADER + "\n\n"));
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOrRepeatedOneIsRefused() {
        assertEquals("platform.bulk.header", refusal("record_id,channel,queue\nC-1,VOICE,Q\n"));
        assertEquals("platform.bulk.unknownColumn", refusal(HEADER.strip() + ",colour\n"));
        assertEquals("platform.bulk.repeatedColumn", refusal(HEADER.strip() + ",queue\n"));
    }

    @Test
    void aFileThatIsNotTextIsRefused() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0, (byte) 0xFF, (byte) 0xFE, 0, 0};
        RejectedLinesException refused = assertThrows(RejectedLinesException.class,
                () -> InteractionFile.copy(new ByteArrayInputStream(zip), text -> { }));

        assertEquals("platform.bulk.notText", refused.errors().get(0).messageKey());
    }

    private static String refusal(String text) {
        return assertThrows(RejectedLinesException.class, () -> InteractionFile.copy(body(text), t -> { }))
                .errors().get(0).messageKey();
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileNameIsShownWithoutItsPathAndWithinTheColumn() {
        assertEquals("april.csv", InteractionImport.fileName("C:\\exports\\april.csv"));
        assertEquals("april.csv", InteractionImport.fileName("/tmp/april.csv"));
        assertEquals("upload.csv", InteractionImport.fileName("  "));
        assertEquals(255, InteractionImport.fileName("x".repeat(300)).length());
    }
}

package io.tandem.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule a line can break, with the first broken one named when several are. */
class InteractionLineTest {

    /** A good answered contact; each case below changes one field (index in COLUMNS order). */
    private static final String[] GOOD = {"C-1", "voice", "Claims", "2026-04-01 08:00:00", "2026-04-01 08:00:10",
        "2026-04-01 08:05:00", "false", "10", "290", "agent-7", "cust-9", "yes", "4", "9"};

    @Test
    void aGoodLineBreaksNoRule() {
        assertNull(new InteractionLine(GOOD).problem());
    }

    @Test
    void eachRuleInTheOrderAReaderFixesThem() {
        assertProblem("missing record_id", 0, null);
        assertProblem("tooLong record_id 100", 0, "x".repeat(101));
        assertProblem("channel", 1, "fax");
        assertProblem("missing queue", 2, null);
        assertProblem("time offered_at", 3, "01/04/2026 08:00");
        assertProblem("time offered_at", 3, "2026-04-31 08:00");
        assertProblem("offeredRange", 3, "1999-12-31 23:59:59");
        assertProblem("offeredRange", 3, "2101-01-01 00:00");
        assertProblem("time answered_at", 4, "2026-04-01 25:00");
        assertProblem("answeredBeforeOffered", 4, "2026-04-01 07:59:59");
        assertProblem("endedBeforeOffered", 5, "2026-04-01 07:00");
        assertProblem("boolean abandoned", 6, "maybe");
        assertProblem("abandonedAnswered", 6, "TRUE");
        assertProblem("whole wait_seconds", 7, "1.5");
        assertProblem("whole wait_seconds", 7, "1234567890");
        assertProblem("negative wait_seconds", 7, "-1");
        assertProblem("negative handle_seconds", 8, "-1");
        assertProblem("tooLong customer_ref 100", 10, "é".repeat(101));
        assertProblem("boolean resolved", 11, "perhaps");
        assertProblem("range csat 1–5", 12, "0");
        assertProblem("range nps 0–10", 13, "11");
    }

    @Test
    void onlyTheFirstBrokenRuleIsNamed() {
        String[] fields = GOOD.clone();
        fields[7] = "-3";
        fields[12] = "6";
        assertEquals("negative wait_seconds", describe(new InteractionLine(fields)));
    }

    @Test
    void timesWithOrWithoutSecondsAndWithATAndLeapDays() {
        assertEquals(LocalDateTime.of(2026, 4, 1, 8, 0), InteractionLine.time("2026-04-01T08:00"));
        assertEquals(LocalDateTime.of(2028, 2, 29, 23, 59, 59), InteractionLine.time("2028-02-29 23:59:59"));
        assertNull(InteractionLine.time("2026-02-29 00:00"));
        assertNull(InteractionLine.time("2026-4-1 08:00"));
        assertEquals(Integer.valueOf(7), InteractionLine.whole("+7"));
        assertEquals(Boolean.TRUE, InteractionLine.bool("Yes"));
        assertEquals(Boolean.FALSE, InteractionLine.bool("0"));
    }

    @Test
    void characterCountsAreCodePointsAsTheDatabaseCountsThem() {
        String[] fields = GOOD.clone();
        fields[10] = "😀".repeat(100);
        assertNull(new InteractionLine(fields).problem());
    }

    private static void assertProblem(String expected, int field, String value) {
        String[] fields = GOOD.clone();
        fields[field] = value;
        assertEquals(expected, describe(new InteractionLine(fields)), "field " + field + " = " + value);
    }

    private static String describe(InteractionLine line) {
        InteractionLine.Problem problem = line.problem();
        List<String> words = new java.util.ArrayList<>(List.of(problem.key().replace("interaction.import.", "")));
        problem.arguments().forEach(argument -> words.add(String.valueOf(argument)));
        return String.join(" ", words);
    }
}

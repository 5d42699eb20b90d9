package io.tandem.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void timesAndWholeNumbersAreReadExactlyAsTheDocumentedPatternsSay() {
        // The patterns the README documents, as regular expressions; the reader is hand-written for speed.
        Pattern time = Pattern.compile("([1-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[ T]"
                + "([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?");
        Pattern whole = Pattern.compile("[+-]?[0-9]{1,9}");
        Random random = new Random(20261204);
        String[] seeds = {"2026-04-01 08:00:00", "2028-02-29T23:59", "9999-12-31 23:59:59", "1000-01-01 00:00"};
        String alphabet = "0123456789 -:T+x/";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> { if (at < text.length()) text.deleteCharAt(at); }
                    default -> { if (at < text.length()) text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length()))); }
                }
            }
            String candidate = i % 2 == 0 ? text.toString() : text.substring(0, Math.min(text.length(), random.nextInt(12)));
            assertEquals(expectedTime(time, candidate), InteractionLine.time(candidate), candidate);
            assertEquals(whole.matcher(candidate).matches() ? Integer.valueOf(Integer.parseInt(candidate)) : null,
                    InteractionLine.whole(candidate), candidate);
        }
        assertEquals(Integer.valueOf(-999_999_999), InteractionLine.whole("-999999999"));
        assertNull(InteractionLine.whole("-"));
        assertNull(InteractionLine.whole("١٢"));
    }

    private static LocalDateTime expectedTime(Pattern time, String text) {
        Matcher m = time.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
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

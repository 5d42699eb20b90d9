package io.tandem.interaction;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one line of an interaction file says, read as its types: the record, or the first rule it
 * breaks, in the order a reader fixes them (the README's "Interaction records" lists them). Two
 * rules need the whole file or what is stored, and are checked in SQL once the file is staged: a
 * record id twice in the file, and one already stored with other values.
 */
final class InteractionLine {

    static final Set<String> CHANNELS = Set.of("VOICE", "CHAT", "EMAIL", "MESSAGING", "SOCIAL", "VIDEO",
            "BACK_OFFICE", "OTHER");
    static final int MAX_TEXT = 100;
    /** Offered times outside these make no sense for a contact and would make absurd partitions. */
    static final LocalDateTime FIRST_OFFERED = LocalDateTime.of(2000, 1, 1, 0, 0);
    static final LocalDateTime END_OFFERED = LocalDateTime.of(2101, 1, 1, 0, 0);

    /** The first rule a line breaks: a message key and its arguments. */
    record Problem(String key, List<Object> arguments) {
        static Problem of(String key, Object... arguments) {
            return new Problem("interaction.import." + key, List.of(arguments));
        }
    }

    private final String recordId;
    private final Problem problem;
    private String channel;
    private String queue;
    private LocalDateTime offered;
    private LocalDateTime answered;
    private LocalDateTime ended;
    private Boolean abandoned;
    private Integer waitSeconds;
    private Integer handleSeconds;
    private String agentRef;
    private String customerRef;
    private Boolean resolved;
    private Integer csat;
    private Integer nps;

    /** Reads {@code fields} (in {@link InteractionFile#COLUMNS} order, null where empty). */
    InteractionLine(String[] fields) {
        this.recordId = fields[0];
        this.problem = read(fields);
    }

    /** When the contact was offered; null on a line that breaks a rule before or at it. */
    LocalDateTime offered() {
        return offered;
    }

    /** The first rule the line breaks, or null for a good record. */
    Problem problem() {
        return problem;
    }

    /**
     * The line in the staging table's COPY text format after its line number: bad or not, the
     * record id (kept for a bad line too, so that a later line repeating it is still named), then
     * the typed fields, none for a bad line.
     */
    void appendCopyText(StringBuilder out) {
        out.append(problem == null ? "f" : "t");
        appendText(out, recordId);
        if (problem != null) {
            out.append("\t\\N".repeat(13));
            return;
        }
        appendText(out, channel);
        appendText(out, queue);
        appendTime(out, offered);
        appendTime(out, answered);
        appendTime(out, ended);
        appendValue(out, abandoned ? "t" : "f");
        appendNumber(out, waitSeconds);
        appendNumber(out, handleSeconds);
        appendText(out, agentRef);
        appendText(out, customerRef);
        appendValue(out, resolved == null ? null : resolved ? "t" : "f");
        appendNumber(out, csat);
        appendNumber(out, nps);
    }

    private Problem read(String[] f) {
        if (recordId == null) {
            return Problem.of("missing", "record_id");
        }
        if (tooLong(recordId)) {
            return Problem.of("tooLong", "record_id", String.valueOf(MAX_TEXT));
        }
        if (f[1] == null) {
            return Problem.of("missing", "channel");
        }
        channel = f[1].toUpperCase(Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            return Problem.of("channel");
        }
        queue = f[2];
        if (queue == null) {
            return Problem.of("missing", "queue");
        }
        if (tooLong(queue)) {
            return Problem.of("tooLong", "queue", String.valueOf(MAX_TEXT));
        }
        if (f[3] == null) {
            return Problem.of("missing", "offered_at");
        }
        offered = time(f[3]);
        if (offered == null) {
            return Problem.of("time", "offered_at");
        }
        if (offered.isBefore(FIRST_OFFERED) || !offered.isBefore(END_OFFERED)) {
            return Problem.of("offeredRange");
        }
        answered = time(f[4]);
        if (f[4] != null && answered == null) {
            return Problem.of("time", "answered_at");
        }
        ended = time(f[5]);
        if (f[5] != null && ended == null) {
            return Problem.of("time", "ended_at");
        }
        if (answered != null && answered.isBefore(offered)) {
            return Problem.of("answeredBeforeOffered");
        }
        if (ended != null && ended.isBefore(offered)) {
            return Problem.of("endedBeforeOffered");
        }
        if (f[6] == null) {
            return Problem.of("missing", "abandoned");
        }
        abandoned = bool(f[6]);
        if (abandoned == null) {
            return Problem.of("boolean", "abandoned");
        }
        if (abandoned && answered != null) {
            return Problem.of("abandonedAnswered");
        }
        if (f[7] == null) {
            return Problem.of("missing", "wait_seconds");
        }
        waitSeconds = whole(f[7]);
        if (waitSeconds == null) {
            return Problem.of("whole", "wait_seconds");
        }
        if (waitSeconds < 0) {
            return Problem.of("negative", "wait_seconds");
        }
        handleSeconds = whole(f[8]);
        if (f[8] != null && handleSeconds == null) {
            return Problem.of("whole", "handle_seconds");
        }
        if (handleSeconds != null && handleSeconds < 0) {
            return Problem.of("negative", "handle_seconds");
        }
        agentRef = f[9];
        if (agentRef != null && tooLong(agentRef)) {
            return Problem.of("tooLong", "agent_ref", String.valueOf(MAX_TEXT));
        }
        customerRef = f[10];
        if (customerRef != null && tooLong(customerRef)) {
            return Problem.of("tooLong", "customer_ref", String.valueOf(MAX_TEXT));
        }
        resolved = bool(f[11]);
        if (f[11] != null && resolved == null) {
            return Problem.of("boolean", "resolved");
        }
        csat = whole(f[12]);
        if (f[12] != null && (csat == null || csat < 1 || csat > 5)) {
            return Problem.of("range", "csat", "1–5");
        }
        nps = whole(f[13]);
        if (f[13] != null && (nps == null || nps < 0 || nps > 10)) {
            return Problem.of("range", "nps", "0–10");
        }
        return null;
    }

    /** Characters, as the database counts them, not UTF-16 units. */
    private static boolean tooLong(String text) {
        return text.codePointCount(0, text.length()) > MAX_TEXT;
    }

    /**
     * A time as {@code yyyy-MM-dd HH:mm[:ss]} (or with a T), year 1000-9999, on a day the month
     * has; otherwise null. Read by hand rather than by a regular expression: a file of a million
     * records has three million of them, and this is most of the import's Java time.
     */
    static LocalDateTime time(String text) {
        if (text == null || text.length() != 16 && text.length() != 19) {
            return null;
        }
        char separator = text.charAt(10);
        if (text.charAt(4) != '-' || text.charAt(7) != '-' || separator != ' ' && separator != 'T'
                || text.charAt(13) != ':' || text.length() == 19 && text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = text.length() == 19 ? digits(text, 17, 2) : 0;
        if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** A whole number of at most nine digits (so that it fits an int), with an optional sign; otherwise null. */
    static Integer whole(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean signed = text.charAt(0) == '+' || text.charAt(0) == '-';
        int count = text.length() - (signed ? 1 : 0);
        if (count < 1 || count > 9) {
            return null;
        }
        int value = digits(text, signed ? 1 : 0, count);
        return value < 0 ? null : Integer.valueOf(text.charAt(0) == '-' ? -value : value);
    }

    /** The number the {@code count} ASCII digits from {@code from} spell (at most nine), or -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /** true/yes/1 or false/no/0 in any case; otherwise null. */
    static Boolean bool(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static void appendValue(StringBuilder out, String value) {
        out.append('\t').append(value == null ? "\\N" : value);
    }

    private static void appendNumber(StringBuilder out, Integer value) {
        if (value == null) {
            out.append("\t\\N");
        } else {
            out.append('\t').append(value.intValue());
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss}: every year read here has four digits ({@link #time}). */
    private static void appendTime(StringBuilder out, LocalDateTime time) {
        if (time == null) {
            out.append("\t\\N");
            return;
        }
        out.append('\t').append(time.getYear()).append('-');
        twoDigits(out, time.getMonthValue()).append('-');
        twoDigits(out, time.getDayOfMonth()).append(' ');
        twoDigits(out, time.getHour()).append(':');
        twoDigits(out, time.getMinute()).append(':');
        twoDigits(out, time.getSecond());
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** COPY's text format: backslash, tab and line breaks escaped; null is \N. */
    private static void appendText(StringBuilder out, String field) {
        out.append('\t');
        if (field == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}

package io.tandem.interaction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern TIME = Pattern.compile(
            "([1-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[ T]([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final DateTimeFormatter COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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
        appendValue(out, COPY_TIME.format(offered));
        appendValue(out, answered == null ? null : COPY_TIME.format(answered));
        appendValue(out, ended == null ? null : COPY_TIME.format(ended));
        appendValue(out, abandoned ? "t" : "f");
        appendValue(out, waitSeconds.toString());
        appendValue(out, handleSeconds == null ? null : handleSeconds.toString());
        appendText(out, agentRef);
        appendText(out, customerRef);
        appendValue(out, resolved == null ? null : resolved ? "t" : "f");
        appendValue(out, csat == null ? null : csat.toString());
        appendValue(out, nps == null ? null : nps.toString());
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

    /** A time as {@code yyyy-MM-dd HH:mm[:ss]} (or with a T), on a day the month has; otherwise null. */
    static LocalDateTime time(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    }

    /** A whole number of at most nine digits (so that it fits an int), with an optional sign; otherwise null. */
    static Integer whole(String text) {
        return text != null && WHOLE.matcher(text).matches() ? Integer.valueOf(Integer.parseInt(text)) : null;
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

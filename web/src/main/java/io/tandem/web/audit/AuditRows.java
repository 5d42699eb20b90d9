package io.tandem.web.audit;

import io.tandem.audit.AuditChanges;
import io.tandem.audit.AuditEntry;
import io.tandem.audit.AuditPage;
import io.tandem.audit.AuditPerson;
import io.tandem.web.shell.FigureFormat;
import io.tandem.web.shell.Messages;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Writes audit events for people, in the reader's language: field labels from the bundle
 * ({@code audit.field.<table>.<column>}, or the column name made readable when a label is
 * missing), coded values by the words pages use for them ({@code audit.value.<table>.<column>}
 * names the bundle prefix, so a relief's status reads "Requested", not REQUESTED), months by name,
 * numbers without the trailing zeros they were stored with, times in UTC as every page shows them,
 * yes and no for flags. The page and both export formats use it, so they agree.
 */
public final class AuditRows {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    /** Periods are months stored as their first day. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}-01");

    private final ResourceBundle bundle;
    private final FigureFormat figures;
    private final DateTimeFormatter timestamps;

    /** In English or German, whichever {@code locale} is closer to. */
    public AuditRows(Locale locale) {
        Locale language = locale != null && "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        this.figures = new FigureFormat(language);
        this.timestamps = DateTimeFormatter.ofPattern(bundle.getString("common.timestamp.pattern"), language);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** Every event of a page or an export, naming the people its rows refer to. */
    public List<AuditRow> rows(AuditPage page) {
        Map<Long, AuditPerson> people = page.peopleById();
        return page.entries().stream().map(entry -> row(entry, people)).toList();
    }

    public AuditRow row(AuditEntry entry, Map<Long, AuditPerson> people) {
        return new AuditRow(entry.sequence(), timestamp(entry.occurredAt()), who(entry), what(entry),
                entry.changes().stream().map(change -> change(entry.entityType(), change, people)).toList(),
                entry.privateToOwnSide());
    }

    /** A person by name, with their organisation; a change made outside any sign-in by the system. */
    public String who(AuditEntry entry) {
        return person(entry.actorName(), entry.actorOrganisation());
    }

    public String person(String name, String organisation) {
        if (name == null) {
            return bundle.getString("workspace.audit.system");
        }
        return organisation == null ? name : name + " (" + organisation + ")";
    }

    public String what(AuditEntry entry) {
        return text("workspace.audit.action." + entry.action()) + " " + recordKind(entry.entityType()) + " "
                + entry.entityId();
    }

    /** "Annual value: 1,200,000 → 1,500,000"; created: "Annual value: → 1,200,000"; deleted: "… 1,200,000 →". */
    public String change(String table, AuditChanges.FieldChange change, Map<Long, AuditPerson> people) {
        String before = value(table, change.field(), change.before(), people);
        String after = value(table, change.field(), change.after(), people);
        return label(table, change.field()) + ": " + (before.isEmpty() ? "" : before + " ") + "→"
                + (after.isEmpty() ? "" : " " + after);
    }

    public String label(String table, String column) {
        String key = "audit.field." + table + "." + column;
        return bundle.containsKey(key) ? bundle.getString(key) : readable(column);
    }

    public String recordKind(String table) {
        return text("audit.record." + table);
    }

    public String timestamp(OffsetDateTime at) {
        return at == null ? "" : timestamps.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    String value(String table, String column, Object value, Map<Long, AuditPerson> people) {
        if (value == null) {
            return "";
        }
        if (AuditChanges.PERSON_COLUMNS.contains(column) && value instanceof BigDecimal id
                && people.containsKey(id.longValue())) {
            AuditPerson person = people.get(id.longValue());
            return person(person.name(), person.organisation());
        }
        if (value instanceof Boolean flag) {
            return bundle.getString(flag ? "common.yes" : "common.no");
        }
        if (value instanceof BigDecimal number) {
            // a reference to another record is a name, not a quantity: no grouping
            return column.endsWith("_id") || column.equals("id") ? number.toPlainString() : figures.number(number);
        }
        String text = value.toString();
        String coded = "audit.value." + table + "." + column;
        if (bundle.containsKey(coded) && bundle.containsKey(bundle.getString(coded) + text)) {
            return bundle.getString(bundle.getString(coded) + text);
        }
        if (column.equals("period") && MONTH.matcher(text).matches()) {
            return figures.month(YearMonth.parse(text.substring(0, 7)));
        }
        if (TIMESTAMP.matcher(text).matches()) {
            try {
                return timestamp(OffsetDateTime.parse(text));
            } catch (DateTimeParseException notATimestamp) {
                return text;
            }
        }
        return text;
    }

    /** "annual_value" reads "Annual value", for a column the bundle does not name yet. */
    static String readable(String column) {
        String words = column.replace('_', ' ').strip();
        return words.isEmpty() ? column : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}

package io.tandem.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.audit.AuditEntry;
import io.tandem.audit.AuditPerson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit events as people read them, from the bundle's labels, in English and German. */
class AuditRowsTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 9, 15, 0, 0, ZoneOffset.UTC);

    private final AuditRows english = new AuditRows(Locale.ENGLISH);
    private final AuditRows german = new AuditRows(Locale.GERMAN);

    @Test
    void aChangeShowsItsLabelledFieldsWithNumbersAsPeopleWriteThem() {
        AuditEntry update = entry("contracts", "UPDATE", "{\"id\": 4, \"annual_value\": 1200000.00, \"status\": \"DRAFT\"}",
                "{\"id\": 4, \"annual_value\": 1500000.50, \"status\": \"ACTIVE\"}");

        AuditRow row = english.row(update, Map.of());

        assertEquals(List.of("Annual value: 1,200,000 → 1,500,000.5", "Status: Draft → Active"), row.changes());
        assertEquals("Changed Contract 4", row.what());
        assertEquals("Rita Mendes (Northwind Insurance)", row.who());
        assertEquals("2026-03-02 09:15 UTC", row.when());
        assertEquals(List.of("Jahreswert: 1.200.000 → 1.500.000,5", "Status: Entwurf → In Kraft"),
                german.row(update, Map.of()).changes());
    }

    @Test
    void aCreatedRecordShowsOnlyAfterValuesAndADeletedOneOnlyBeforeValues() {
        AuditEntry created = entry("internal_notes", "CREATE", null,
                "{\"id\": 7, \"body\": \"Raise it\", \"created_at\": \"2026-03-02T09:15:00.123456+00:00\"}");
        AuditEntry deleted = entry("obligations", "DELETE", "{\"id\": 9, \"done\": true, \"contract_id\": 1234}", null);

        assertEquals(List.of("Text: → Raise it", "Written: → 2026-03-02 09:15 UTC"), english.row(created, Map.of()).changes());
        assertEquals(List.of("Erledigt: Ja →", "Vertrag: 1234 →"), german.row(deleted, Map.of()).changes());
    }

    @Test
    void aPersonAColumnRefersToIsNamedWithTheirOrganisation() {
        AuditEntry note = entry("internal_notes", "CREATE", null, "{\"id\": 7, \"author_id\": 3}");

        assertEquals(List.of("Author: → Rita Mendes (Northwind Insurance)"), english.row(note,
                Map.of(3L, new AuditPerson(3, "Rita Mendes", "Northwind Insurance"))).changes());
        assertEquals(List.of("Author: → 3"), english.row(note, Map.of()).changes(), "someone unknown stays a number");
    }

    @Test
    void aCodedValueReadsAsPagesWriteItAndAPeriodAsItsMonth() {
        AuditEntry relief = entry("reliefs", "CREATE", null,
                "{\"id\": 2, \"period\": \"2026-08-01\", \"status\": \"REQUESTED\"}");

        assertEquals(List.of("Month: → August 2026", "Status: → Requested"), english.row(relief, Map.of()).changes());
        assertEquals("UNHEARD_OF", english.value("reliefs", "status", "UNHEARD_OF", Map.of()),
                "a code the bundle does not know stays as stored");
    }

    @Test
    void aColumnWithoutALabelStillReadsAsWords() {
        assertEquals("Brand new column", english.label("contracts", "brand_new_column"));
    }

    @Test
    void aChangeWithoutASignedInPersonIsTheSystems() {
        AuditEntry load = new AuditEntry(1, AT, null, "workspaces", "2", "CREATE", null, "{\"name\": \"W\"}", false,
                "h", null, null, null);

        assertEquals("system (data load)", english.row(load, Map.of()).who());
    }

    private static AuditEntry entry(String table, String action, String before, String after) {
        return new AuditEntry(12, AT, "rm@northwind.example", table, id(before, after),
                action, before, after, false, "h", 3L, "Rita Mendes", "Northwind Insurance");
    }

    private static String id(String before, String after) {
        String row = after != null ? after : before;
        return row.replaceAll(".*\"id\": (\\d+).*", "$1");
    }
}

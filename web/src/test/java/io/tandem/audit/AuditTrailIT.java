package io.tandem.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.contract.ContractService;
import io.tandem.contract.ContractType;
import io.tandem.contract.NewContract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.workspace.InternalNoteService;
import io.tandem.workspace.NoteDetails;
import io.tandem.workspace.OwnerSql;
import io.tandem.workspace.TwoEngagementsTest;
import io.tandem.workspace.UnscopedQueries;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditTrailIT extends TwoEngagementsTest {

    private static final AuditFilter NOTES = new AuditFilter("internal_notes", null);

    @Inject
    InternalNoteService notes;

    @Inject
    AuditService audit;

    @Inject
    UnscopedQueries unscoped;

    @Inject
    OwnerSql ownerSql;

    @Inject
    ContractService contracts;

    private long workspace;
    private NoteDetails clientNote;
    private NoteDetails providerNote;

    @BeforeEach
    void writeOneNoteOnEachSide() throws Exception {
        workspace = tenants.withFirstProvider();
        clientNote = as(tenants.relationshipManager(), () -> notes.add(workspace, "client view " + tenants.tag()));
        providerNote = as(tenants.firstAccountManager(), () -> notes.add(workspace, "provider view " + tenants.tag()));
    }

    @Test
    void aChangeIsAuditedWithItsActorAndAfterState() throws Exception {
        AuditPage page = as(tenants.relationshipManager(), () -> audit.trail(workspace, NOTES, 0, 50));

        assertEquals(1, page.total());
        AuditEntry entry = page.entries().get(0);
        assertEquals("CREATE", entry.action());
        assertEquals("internal_notes", entry.entityType());
        assertEquals(String.valueOf(clientNote.id()), entry.entityId());
        assertEquals(tenants.relationshipManager(), entry.actor());
        assertTrue(entry.after().contains("client view " + tenants.tag()), entry.after());
        assertTrue(entry.privateToOwnSide());
    }

    @Test
    void eachSideReadsOnlyItsOwnPrivateEvents() throws Exception {
        List<String> providerSees = as(tenants.firstTeamMember(),
                () -> audit.trail(workspace, NOTES, 0, 50)).entries().stream().map(AuditEntry::entityId).toList();

        assertEquals(List.of(String.valueOf(providerNote.id())), providerSees);
    }

    @Test
    void eventsAboutRecordsTheReaderMayNotReadStayOutOfTheirTrail() throws Exception {
        as(tenants.relationshipManager(), () -> contracts.create(workspace, new NewContract("MSA-AUDIT",
                ContractType.MASTER_AGREEMENT, null, "Claims", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                90, "", "GBP", new BigDecimal("1200000.00"), new BigDecimal("100000.00"))));
        AuditFilter contractEvents = new AuditFilter("contracts", null);

        assertEquals(1, as(tenants.firstAccountManager(), () -> audit.trail(workspace, contractEvents, 0, 10)).total());
        assertEquals(0, as(tenants.firstTeamMember(), () -> audit.trail(workspace, contractEvents, 0, 10)).total());
        assertTrue(as(tenants.firstAccountManager(), () -> audit.recordTypes(workspace)).contains("contracts"));
        assertEquals(List.of("internal_notes", "memberships", "workspaces"),
                as(tenants.firstTeamMember(), () -> audit.recordTypes(workspace)));
    }

    @Test
    void theTrailIsFilteredAndPaged() throws Exception {
        as(tenants.relationshipManager(), () -> notes.add(workspace, "second " + tenants.tag()));
        as(tenants.relationshipManager(), () -> notes.add(workspace, "third " + tenants.tag()));

        AuditPage firstPage = as(tenants.relationshipManager(),
                () -> audit.trail(workspace, new AuditFilter("internal_notes", "CREATE"), 0, 2));
        AuditPage none = as(tenants.relationshipManager(),
                () -> audit.trail(workspace, new AuditFilter(null, "DELETE"), 0, 2));

        assertEquals(3, firstPage.total());
        assertEquals(2, firstPage.entries().size());
        assertTrue(firstPage.entries().get(0).sequence() > firstPage.entries().get(1).sequence(), "newest first");
        assertEquals(0, none.total());
    }

    @Test
    void anIntactChainVerifiesIncludingTheOtherSidesPrivateEvents() throws Exception {
        ChainVerification verification = as(tenants.firstAccountManager(), () -> audit.verify(workspace));

        assertTrue(verification.intact());
        // the workspace, its six memberships, and one note from each side
        assertEquals(9, verification.eventsChecked());
    }

    @Test
    void aCorruptedRowIsFoundAtItsPosition() throws Exception {
        long providerNoteEvent = as(tenants.firstAccountManager(),
                () -> audit.trail(workspace, NOTES, 0, 1)).entries().get(0).sequence();
        ownerSql.execute("update audit_events set after_state = replace(after_state, 'provider view', 'PROVIDER VIEW') "
                + "where workspace_id = ? and sequence_no = ?", workspace, providerNoteEvent);

        ChainVerification verification = as(tenants.relationshipManager(), () -> audit.verify(workspace));

        assertFalse(verification.intact());
        assertEquals(providerNoteEvent, verification.brokenAt());
    }

    @Test
    void aDeletedRowBreaksTheChainToo() throws Exception {
        ownerSql.execute("delete from audit_events where workspace_id = ? and sequence_no = 1", workspace);

        assertEquals(1L, as(tenants.relationshipManager(), () -> audit.verify(workspace)).brokenAt());
    }

    @Test
    void theApplicationRoleCannotChangeOrRemoveAuditEvents() throws Exception {
        // 42501: insufficient privilege, the role's grants say no (not some other failure)
        assertEquals("42501", sqlState(assertThrows(Exception.class, () -> as(tenants.relationshipManager(),
                () -> unscoped.tamperWithAuditTrail("update audit_events set after_state = '{}'")))));
        assertEquals("42501", sqlState(assertThrows(Exception.class, () -> as(tenants.relationshipManager(),
                () -> unscoped.tamperWithAuditTrail("delete from audit_events")))));

        assertTrue(as(tenants.relationshipManager(), () -> audit.verify(workspace)).intact());
    }

    @Test
    void outsidersAndReadOnlyThirdPartiesCannotReadTheTrail() {
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> audit.trail(workspace, AuditFilter.none(), 0, 10)));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> audit.verify(workspace)));
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(),
                () -> audit.trail(workspace, AuditFilter.none(), 0, 10)));
    }

    @Test
    void theTrailIsFilteredByPersonAndByDays() throws Exception {
        as(tenants.procurement(), () -> notes.add(workspace, "procurement view " + tenants.tag()));
        long rm = actorOf(tenants.relationshipManager(), workspace);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        List<AuditEntry> byRm = as(tenants.relationshipManager(),
                () -> audit.trail(workspace, new AuditFilter("internal_notes", null, rm, today, today), 0, 50)).entries();
        long yesterday = as(tenants.relationshipManager(), () -> audit.trail(workspace,
                new AuditFilter(null, null, rm, today.minusDays(1), today.minusDays(1)), 0, 50)).total();
        long fromTomorrow = as(tenants.relationshipManager(),
                () -> audit.trail(workspace, new AuditFilter(null, null, null, today.plusDays(1), null), 0, 50)).total();
        long clientNotesUpToToday = as(tenants.relationshipManager(), () -> audit.trail(workspace,
                new AuditFilter("internal_notes", null, null, null, today), 0, 50)).total();

        assertEquals(List.of(String.valueOf(clientNote.id())), byRm.stream().map(AuditEntry::entityId).toList());
        assertEquals("rm " + tenants.tag(), byRm.get(0).actorName());
        assertEquals("Client " + tenants.tag(), byRm.get(0).actorOrganisation());
        assertEquals(0, yesterday);
        assertEquals(0, fromTomorrow);
        assertEquals(2, clientNotesUpToToday, "both client notes; the provider's stays private");
    }

    @Test
    void anotherTenantsEventsNeverAppearWhateverTheFilter() throws Exception {
        long otherWorkspace = tenants.withSecondProvider();
        as(tenants.relationshipManager(), () -> notes.add(otherWorkspace, "other engagement " + tenants.tag()));
        as(tenants.secondAccountManager(), () -> notes.add(otherWorkspace, "second provider " + tenants.tag()));
        long secondAm = actorOf(tenants.secondAccountManager(), otherWorkspace);
        long rm = actorOf(tenants.relationshipManager(), workspace);

        AuditPage bySecondAm = as(tenants.relationshipManager(),
                () -> audit.trail(workspace, new AuditFilter(null, null, secondAm, null, null), 0, 50));
        AuditPage byRm = as(tenants.relationshipManager(),
                () -> audit.trail(workspace, new AuditFilter("internal_notes", null, rm, null, null), 0, 50));
        List<AuditPerson> people = as(tenants.relationshipManager(), () -> audit.people(workspace));

        assertEquals(0, bySecondAm.total());
        assertEquals(List.of(String.valueOf(clientNote.id())), byRm.entries().stream().map(AuditEntry::entityId).toList(),
                "the note in the other workspace stays there");
        assertTrue(people.stream().noneMatch(person -> person.id() == secondAm), people.toString());
        assertTrue(people.stream().anyMatch(person -> person.id() == rm), people.toString());
    }

    @Test
    void theOtherSidesPrivateEventsNeverAppearWhenFilteringByTheirAuthor() throws Exception {
        long am = actorOf(tenants.firstAccountManager(), workspace);
        AuditFilter byAm = new AuditFilter(null, null, am, null, null);

        AuditPage clientSees = as(tenants.relationshipManager(), () -> audit.trail(workspace, byAm, 0, 50));
        List<AuditEntry> clientExports = as(tenants.relationshipManager(), () -> audit.export(workspace, byAm)).entries();
        List<AuditPerson> clientPeople = as(tenants.relationshipManager(), () -> audit.people(workspace));

        assertEquals(0, clientSees.total());
        assertEquals(List.of(), clientExports);
        assertTrue(clientPeople.stream().noneMatch(person -> person.id() == am), clientPeople.toString());
        assertEquals(List.of(String.valueOf(providerNote.id())), as(tenants.firstAccountManager(),
                () -> audit.export(workspace, byAm)).entries().stream().map(AuditEntry::entityId).toList(),
                "the provider's own side sees it");
    }

    @Test
    void anExportHoldsEveryMatchingEventNotOnlyOnePage() throws Exception {
        for (int i = 0; i < 3; i++) {
            int n = i;
            as(tenants.relationshipManager(), () -> notes.add(workspace, "note " + n + " " + tenants.tag()));
        }

        AuditPage export = as(tenants.relationshipManager(), () -> audit.export(workspace, NOTES));
        List<AuditEntry> exported = export.entries();

        assertEquals(4, exported.size());
        assertEquals(as(tenants.relationshipManager(), () -> audit.trail(workspace, NOTES, 0, 2)).entries(),
                exported.subList(0, 2), "newest first, as the page shows them");
        assertEquals(List.of("rm " + tenants.tag()), export.people().stream().map(AuditPerson::name).toList(),
                "the notes' author_id names their author");
    }

    @Test
    void daysTheWrongWayRoundAreRefused() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertEquals("audit.filter.dates.invalid", assertThrows(DomainException.class,
                () -> new AuditFilter(null, null, null, today, today.minusDays(1))).messageKey());
    }

    /**
     * Reads the columns of every table the audit trigger is on from the database itself, so a
     * column added by a later migration fails here until the bundles label it.
     */
    @Test
    void everyColumnOfEveryAuditedTableHasALabelInBothLanguages() {
        List<String> columns = ownerSql.strings("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                where c.table_schema = current_schema() and c.table_name in (
                    select t.event_object_table from information_schema.triggers t
                    where t.trigger_schema = current_schema() and t.action_statement like '%tandem_audit_row%')
                order by 1""").stream()
                .filter(column -> !AuditChanges.NEVER_SHOWN.contains(column.substring(column.indexOf('.') + 1)))
                .toList();

        assertTrue(columns.containsAll(List.of("contracts.annual_value", "measurements.value", "internal_notes.body")),
                columns.toString());
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("io.tandem.web.messages", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            assertEquals(List.of(), columns.stream().filter(column -> !bundle.containsKey("audit.field." + column))
                    .toList(), "columns without a label in " + language);
        }
    }

    private long actorOf(String email, long workspaceId) throws Exception {
        return as(email, () -> audit.trail(workspaceId, NOTES, 0, 50)).entries().stream()
                .filter(entry -> email.equals(entry.actor())).findFirst().orElseThrow().actorId();
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "no SQL error in " + failure;
    }
}

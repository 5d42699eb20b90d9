package io.tandem.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.datasharing.AgreementDetails;
import io.tandem.datasharing.DataSharingService;
import io.tandem.datasharing.AgreementTerms;
import io.tandem.datasharing.CategoryTerm;
import io.tandem.datasharing.DataCategory;
import io.tandem.datasharing.LawfulBasis;
import io.tandem.datasharing.ProcessingLocation;
import io.tandem.datasharing.Sensitivity;
import io.tandem.datasharing.SharingDirection;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.platform.bulk.LineError;
import io.tandem.workspace.OwnerSql;
import io.tandem.workspace.TwoEngagementsTest;
import io.tandem.workspace.UnscopedQueries;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Interaction files against the database: stored whole or not at all, the same file twice
 * changes nothing, a deletion removes exactly its rows, and every bad input is named by line.
 */
class InteractionImportIT extends TwoEngagementsTest {

    private static final String HEADER = "record_id,channel,queue,offered_at,answered_at,ended_at,abandoned,"
            + "wait_seconds,handle_seconds,agent_ref,customer_ref,resolved,csat,nps\n";
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    @Inject
    InteractionImportService imports;

    @Inject
    InteractionsChangedLog changes;

    @Inject
    OwnerSql ownerSql;

    @Inject
    UnscopedQueries unscoped;

    @Inject
    DataSharingService agreements;

    /** Interaction records may flow from the provider to the client: an agreement both signed. */
    @BeforeEach
    void anAgreementInForce() throws Exception {
        AgreementTerms terms = new AgreementTerms(SharingDirection.PROVIDER_TO_CLIENT, "Service-level reporting",
                LawfulBasis.CONTRACT, List.of(new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.MODERATE)),
                List.of(new ProcessingLocation("GB", null, null)), 24, "Encrypted transfer",
                LocalDate.now().plusYears(1), null);
        AgreementDetails draft = as(tenants.relationshipManager(), () -> agreements.create(workspace(),
                "Interaction records", terms));
        AgreementDetails half = as(tenants.relationshipManager(),
                () -> agreements.sign(workspace(), draft.id(), draft.version()));
        as(tenants.firstAccountManager(), () -> agreements.sign(workspace(), draft.id(), half.version()));
    }

    @Test
    void withoutAnAgreementCoveringInteractionRecordsAFileIsRefusedAndNothingStored() throws Exception {
        long uncovered = tenants.withSecondProvider();

        DomainException refused = assertThrows(DomainException.class, () -> as(tenants.secondAccountManager(),
                () -> imports.importFile(uncovered, "april.csv", body(sample()))));

        assertEquals("datasharing.check.none", refused.messageKey());
        assertEquals(List.of("0"), ownerSql.strings("select count(*) from interactions where workspace_id = "
                + uncovered));
        assertEquals(List.of("0"), ownerSql.strings("select count(*) from interaction_imports where workspace_id = "
                + uncovered));
    }

    @Test
    void aStoredFileIsWrittenToTheAgreementsFeedLog() throws Exception {
        InteractionImportReport report = importAs(tenants.firstAccountManager(), "feed.csv", sample());

        assertEquals(List.of("7 INTERACTION_RECORDS"), ownerSql.strings(
                "select row_count || ' ' || category from data_sharing_feeds where workspace_id = " + workspace()
                        + " and description like '%" + report.details().id() + ": feed.csv'"));
    }

    @Test
    void theSampleFileIsStoredWithEveryFieldAndTheHistoryShowsWhoSentItAndWhen() throws Exception {
        InteractionImportReport report = importAs(tenants.firstTeamMember(), "sample.csv", sample());

        InteractionImportDetails stored = report.details();
        assertEquals(ImportOutcome.STORED, stored.outcome());
        assertEquals(List.of(), report.errors());
        assertEquals(7, stored.rows());
        assertEquals(0, stored.skipped());
        assertEquals(LocalDateTime.of(2026, 4, 1, 8, 0, 5), stored.firstOffered());
        assertEquals(LocalDateTime.of(2026, 4, 30, 23, 59, 40), stored.lastOffered());
        assertEquals("team1 " + tenants.tag(), stored.importedBy());
        assertEquals(List.of("7"), ownerSql.strings("select count(*) from interactions where workspace_id = "
                + workspace()));
        // the fields as typed: the e-mail answered two hours later, the abandoned call has no handle time
        assertEquals(List.of("EMAIL|Claims mail|2026-04-01 10:12:00|7578|420|t||"), ownerSql.strings(
                "select format('%s|%s|%s|%s|%s|%s|%s|%s', channel, queue, answered_at, wait_seconds, handle_seconds, "
                        + "resolved, csat, nps) "
                        + "from interactions where record_id = 'C-2026-04-000005' and workspace_id = " + workspace()));
        assertEquals(List.of("t|||"), ownerSql.strings("select format('%s|%s|%s|%s', abandoned, "
                + "answered_at, handle_seconds, agent_ref) from interactions where record_id = 'C-2026-04-000002' and workspace_id = " + workspace()));
        // the contact offered at 23:59:40 on 30 April and answered in May belongs to April
        assertEquals(List.of(new InteractionsChanged(workspace(), Set.of(APRIL))), changes.of(workspace()));
        assertEquals(List.of(stored.id() + " sample.csv STORED 7"), as(tenants.analyst(), () -> imports.history(workspace()))
                .stream().map(i -> i.id() + " " + i.fileName() + " " + i.outcome() + " " + i.rows()).toList());
    }

    @Test
    void theSameFileTwiceStoresNothingTheSecondTime() throws Exception {
        long first = importAs(tenants.firstAccountManager(), "april.csv", sample()).details().id();

        InteractionImportDetails again = importAs(tenants.firstAccountManager(), "april.csv", sample()).details();

        assertEquals(ImportOutcome.STORED, again.outcome());
        assertEquals(0, again.rows());
        assertEquals(7, again.skipped());
        assertEquals(List.of("7|" + first), ownerSql.strings("select count(*) || '|' || max(import_id) "
                + "from interactions where workspace_id = " + workspace()));
        assertEquals(1, changes.of(workspace()).size(), "nothing changed the second time");
    }

    @Test
    void aRecordIdStoredWithOtherValuesIsABadLineNamingTheImportThatStoredIt() throws Exception {
        long first = importAs(tenants.firstAccountManager(), "april.csv", sample()).details().id();
        String changed = HEADER + "C-2026-04-000001,VOICE,Claims,2026-04-01 08:00:05,2026-04-01 08:00:17,"
                + "2026-04-01 08:06:40,false,12,383,A-117,c7f3a9e1,true,4,9\n";

        InteractionImportReport report = importAs(tenants.firstAccountManager(), "fix.csv", changed);

        assertEquals(List.of(new LineError(2, "interaction.import.storedDifferently",
                List.of(String.valueOf(first), "april.csv"))), report.errors());
        assertEquals(List.of("5"), ownerSql.strings("select csat from interactions where record_id = "
                + "'C-2026-04-000001' and workspace_id = " + workspace()));
    }

    @Test
    void aFileWithAnyBadLineStoresNothingAndNamesEveryBadLineWithItsReason() throws Exception {
        String file = HEADER
                + "G-1,VOICE,Claims,2026-04-01 08:00:00,2026-04-01 08:00:10,2026-04-01 08:05:00,false,10,290,,,,,\n"
                + "B-2,VOICE,Claims,2026-04-01 08:00:00\n"
                + "B-3,VOICE,Claims,01/04/2026 08:00,,,true,10,,,,,,\n"
                + "B-4,VOICE,Claims,2026-02-30 08:00:00,,,true,10,,,,,,\n"
                + "B-5,VOICE,Claims,2026-04-01 08:00:00,2026-04-01 07:59:00,,false,10,,,,,,\n"
                + "B-6,VOICE,Claims,2026-04-01 08:00:00,,,true,-3,,,,,,\n"
                + "B-7,VOICE,Claims,2026-04-01 08:00:00,2026-04-01 08:00:10,,false,10,-1,,,,,\n"
                + "B-8,VOICE,Claims,2026-04-01 08:00:00,2026-04-01 08:00:10,,false,10,20,,,,6,\n"
                + "B-9,VOICE,Claims,2026-04-01 08:00:00,2026-04-01 08:00:10,,false,10,20,,,,,11\n"
                + "G-1,VOICE,Claims,2026-04-01 09:00:00,,,true,10,,,,,,\n"
                + "B-11,FAX,Claims,2026-04-01 08:00:00,,,true,10,,,,,,\n"
                + "B-12,VOICE,Claims,2026-04-01 08:00:00,2026-04-01 08:00:10,,true,10,,,,,,\n"
                + "B-13,VOICE,,2026-04-01 08:00:00,,,maybe,10,,,,,,\n"
                + "B-14,VOICE,Claims,2026-04-01 08:00:00,,,true,ten,,,,,,\n";

        InteractionImportReport report = importAs(tenants.firstAccountManager(), "bad.csv", file);

        assertEquals(List.of(
                new LineError(3, "platform.bulk.columns", List.of(14, 4)),
                new LineError(4, "interaction.import.time", List.of("offered_at")),
                new LineError(5, "interaction.import.time", List.of("offered_at")),
                new LineError(6, "interaction.import.answeredBeforeOffered", List.of()),
                new LineError(7, "interaction.import.negative", List.of("wait_seconds")),
                new LineError(8, "interaction.import.negative", List.of("handle_seconds")),
                new LineError(9, "interaction.import.range", List.of("csat", "1–5")),
                new LineError(10, "interaction.import.range", List.of("nps", "0–10")),
                new LineError(11, "interaction.import.duplicate", List.of("2")),
                new LineError(12, "interaction.import.channel", List.of()),
                new LineError(13, "interaction.import.abandonedAnswered", List.of()),
                new LineError(14, "interaction.import.missing", List.of("queue")),
                new LineError(15, "interaction.import.whole", List.of("wait_seconds"))), report.errors());
        assertEquals(ImportOutcome.REJECTED, report.details().outcome());
        assertEquals(13, report.details().rejectedLines());
        assertEquals(0, report.details().rows());
        assertEquals(List.of("0"), ownerSql.strings("select count(*) from interactions where workspace_id = "
                + workspace()));
        assertEquals(List.of(), changes.of(workspace()));
        assertEquals(List.of(ImportOutcome.REJECTED), as(tenants.firstAccountManager(),
                () -> imports.history(workspace())).stream().map(InteractionImportDetails::outcome).toList());
    }

    @Test
    void aFileWithThousandsOfBadLinesNamesTheFirstThousandAndCountsThemAll() throws Exception {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 2500; i++) {
            file.append("R-").append(i).append(",VOICE,Claims,2026-04-01 08:00:00,,,true,-1,,,,,,\n");
        }

        InteractionImportReport report = importAs(tenants.firstAccountManager(), "bad.csv", file.toString());

        assertEquals(1000, report.errors().size());
        assertEquals(1001, report.errors().get(999).lineNumber());
        assertEquals(2500, report.details().rejectedLines());
    }

    @Test
    void anEmptyFileAndAFileThatIsNotCsvAreRefusedAsWholes() throws Exception {
        assertEquals(List.of(new LineError(1, "platform.bulk.empty", List.of())),
                importAs(tenants.firstAccountManager(), "empty.csv", "").errors());
        assertEquals(List.of(new LineError(1, "platform.bulk.empty", List.of())),
                importAs(tenants.firstAccountManager(), "header.csv", HEADER).errors());
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3};
        assertEquals("platform.bulk.notText", as(tenants.firstAccountManager(), () -> imports.importFile(workspace(),
                "contract.pdf", new ByteArrayInputStream(pdf))).errors().get(0).messageKey());
        assertEquals("platform.bulk.unknownColumn", importAs(tenants.firstAccountManager(), "other.csv",
                "service_level,period,value\nAnswered,2026-04,80\n").errors().get(0).messageKey());
    }

    @Test
    void anUploadThatBreaksOffStoresNothingNotEvenTheAttempt() throws Exception {
        InputStream broken = new InputStream() {
            private final InputStream start = body(HEADER + "C-1,VOICE,Q,2026-04-01 08:00:00,,,true,1,,,,,,\n");

            @Override
            public int read() throws IOException {
                int next = start.read();
                if (next == -1) {
                    throw new IOException("connection reset");
                }
                return next;
            }
        };

        DomainException refused = assertThrows(DomainException.class, () -> as(tenants.firstAccountManager(),
                () -> imports.importFile(workspace(), "cut.csv", broken)));

        assertEquals("interaction.import.interrupted", refused.messageKey());
        assertEquals(List.of("0|0"), ownerSql.strings("select (select count(*) from interactions where workspace_id = "
                + workspace() + ") || '|' || (select count(*) from interaction_imports where workspace_id = "
                + workspace() + ")"));
    }

    @Test
    void aFileIsReadAsItArrivesNotHeldWhole() throws Exception {
        int rows = 100_000;
        InteractionImportDetails stored = as(tenants.firstAccountManager(), () -> imports.importFile(workspace(),
                "generated.csv", InteractionFiles.generated("G", rows, 2026, 3))).details();

        assertEquals(rows, stored.rows());
        assertEquals(List.of(String.valueOf(rows)), ownerSql.strings(
                "select count(*) from interactions where workspace_id = " + workspace()));
        // the month's statistics were brought up to date by the import, not left to autovacuum
        assertEquals(List.of("t"), ownerSql.strings(
                "select reltuples >= " + rows + " from pg_class where relname = 'interactions_2026_03'"));
    }

    @Test
    void deletingAnImportRemovesExactlyItsRowsAndIsAudited() throws Exception {
        InteractionImportDetails april = importAs(tenants.firstAccountManager(), "april.csv", sample()).details();
        importAs(tenants.firstAccountManager(), "may.csv", HEADER
                + "M-1,CHAT,Claims chat,2026-05-02 10:00:00,2026-05-02 10:00:04,2026-05-02 10:06:00,false,4,356,,,,,\n");

        InteractionImportDetails deleted = as(tenants.firstTeamMember(),
                () -> imports.delete(workspace(), april.id(), april.version()));

        assertEquals(ImportOutcome.DELETED, deleted.outcome());
        assertEquals("team1 " + tenants.tag(), deleted.deletedBy());
        assertEquals(List.of("M-1"), ownerSql.strings("select record_id from interactions where workspace_id = "
                + workspace()));
        assertEquals(new InteractionsChanged(workspace(), Set.of(APRIL)), changes.of(workspace()).get(2));
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE"), ownerSql.strings("select action from audit_events "
                + "where entity_type = 'interaction_imports' and entity_id = '" + april.id() + "' order by sequence_no"));
        assertEquals("interaction.import.notStored", assertThrows(DomainException.class, () -> as(
                tenants.firstTeamMember(), () -> imports.delete(workspace(), april.id(), deleted.version())))
                .messageKey());
    }

    @Test
    void aDeletionFromAStaleReadIsAConflict() throws Exception {
        InteractionImportDetails april = importAs(tenants.firstAccountManager(), "april.csv", sample()).details();

        EJBException conflict = assertThrows(EJBException.class, () -> as(tenants.firstAccountManager(),
                () -> imports.delete(workspace(), april.id(), april.version() - 1)));

        assertTrue(causedBy(conflict, jakarta.persistence.OptimisticLockException.class), conflict.toString());
        assertEquals(List.of("7"), ownerSql.strings("select count(*) from interactions where workspace_id = "
                + workspace()));
    }

    @Test
    void onlyTheProvidersPeopleImportAndDeleteAndOtherTenantsFindNothing() throws Exception {
        InteractionImportDetails april = importAs(tenants.firstAccountManager(), "april.csv", sample()).details();

        for (String reader : List.of(tenants.relationshipManager(), tenants.procurement(), tenants.analyst())) {
            assertThrows(ForbiddenException.class, () -> as(reader, () -> imports.importFile(workspace(), "x.csv",
                    body(sample()))), reader);
            assertThrows(ForbiddenException.class, () -> as(reader, () -> imports.delete(workspace(), april.id(),
                    april.version())), reader);
        }
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(), () -> imports.history(workspace())));
        for (String stranger : List.of(tenants.secondAccountManager(), tenants.firstProviderAdmin(),
                tenants.platformAdmin())) {
            assertThrows(NotFoundException.class, () -> as(stranger, () -> imports.importFile(workspace(), "x.csv",
                    body(sample()))), stranger);
            assertThrows(NotFoundException.class, () -> as(stranger, () -> imports.history(workspace())), stranger);
        }
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> imports.delete(tenants.withSecondProvider(), april.id(), april.version())),
                "another workspace's import is not found from one's own");
        assertEquals(List.of("7"), ownerSql.strings("select count(*) from interactions where workspace_id = "
                + workspace()));
    }

    @Test
    void rowLevelSecurityAppliesThroughThePartitionedTableAndNoPartitionCanBeReadDirectly() throws Exception {
        importAs(tenants.firstAccountManager(), "april.csv", sample());

        assertEquals(7, as(tenants.firstAccountManager(), unscoped::allInteractionRecordIds).size());
        assertEquals(List.of(), as(tenants.secondAccountManager(), unscoped::allInteractionRecordIds));
        EJBException denied = assertThrows(EJBException.class, () -> as(tenants.firstAccountManager(),
                () -> unscoped.countInPartition("interactions_2026_04")));
        assertTrue(String.valueOf(rootCause(denied).getMessage()).contains("permission denied"), denied.toString());
    }

    private long workspace() {
        return tenants.withFirstProvider();
    }

    private InteractionImportReport importAs(String email, String fileName, String text) throws Exception {
        return as(email, () -> imports.importFile(workspace(), fileName, body(text)));
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sample() throws IOException {
        try (InputStream sample = InteractionImportIT.class.getResourceAsStream("/io/tandem/api/interaction/sample.csv")) {
            return new String(sample.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean causedBy(Throwable failure, Class<?> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}

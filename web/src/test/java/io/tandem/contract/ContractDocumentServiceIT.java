package io.tandem.contract;

import io.tandem.platform.file.DocumentDownload;
import io.tandem.platform.file.DocumentFile;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.audit.AuditEntry;
import io.tandem.audit.AuditFilter;
import io.tandem.audit.AuditService;
import io.tandem.platform.DatabaseMigration;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractDocumentServiceIT extends TwoEngagementsTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = HexFormat.of().parseHex("504b0304140000000800");

    @Inject
    ContractService contracts;

    @Inject
    ContractDocumentService documents;

    @Inject
    AuditService audit;

    @Inject
    UnscopedDocumentContents unscoped;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource owner;

    private long workspace;
    private long contract;

    @BeforeEach
    void draftAContract() throws Exception {
        workspace = tenants.withFirstProvider();
        contract = as(tenants.relationshipManager(), () -> contracts.create(workspace, new NewContract("MSA-DOC",
                ContractType.MASTER_AGREEMENT, null, "Claims", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 90,
                "", "GBP", new BigDecimal("1200000.00"), new BigDecimal("100000.00")))).id();
    }

    @Test
    void anUploadedPdfIsListedForContractReadersAndDownloadsByteForByte() throws Exception {
        DocumentDetails uploaded = as(tenants.relationshipManager(),
                () -> documents.upload(workspace, contract, "C:\\scans\\Signed MSA.pdf", PDF));

        assertEquals("Signed MSA.pdf", uploaded.fileName());
        assertEquals("application/pdf", uploaded.contentType());
        assertEquals(PDF.length, uploaded.sizeBytes());
        assertEquals("rm " + tenants.tag(), uploaded.uploadedBy());
        List<DocumentDetails> listed = as(tenants.analyst(), () -> documents.documents(workspace, contract));
        assertEquals(List.of(uploaded.id()), ids(listed));
        assertEquals(uploaded.sha256(), listed.get(0).sha256());
        assertEquals(uploaded.uploadedBy(), listed.get(0).uploadedBy());
        assertEquals(List.of(uploaded.id()),
                ids(as(tenants.portfolioViewer(), () -> documents.documents(workspace, contract))));

        DocumentDownload download = as(tenants.firstAccountManager(),
                () -> documents.download(workspace, uploaded.id()));
        assertEquals("Signed MSA.pdf", download.fileName());
        assertEquals("application/pdf", download.contentType());
        assertArrayEquals(PDF, download.content());
    }

    @Test
    void theAuditTrailRecordsTheDigestButNotTheBytes() throws Exception {
        DocumentDetails uploaded = upload("Annex A.pdf");

        List<AuditEntry> events = as(tenants.relationshipManager(),
                () -> audit.trail(workspace, new AuditFilter("contract_documents", null), 0, 10)).entries();

        assertEquals(1, events.size());
        assertEquals("CREATE", events.get(0).action());
        assertTrue(events.get(0).after().contains(uploaded.sha256()), events.get(0).after());
        assertFalse(events.get(0).after().contains("\"content\""), events.get(0).after());
        assertEquals(0, as(tenants.firstTeamMember(),
                () -> audit.trail(workspace, new AuditFilter("contract_documents", null), 0, 10)).total(),
                "team members may not read contracts, nor the events about their documents");
    }

    @Test
    void refusedFilesLeaveNothingStored() throws Exception {
        byte[] tooLarge = Arrays.copyOf(PDF, DocumentFile.MAX_SIZE_BYTES + 1);

        assertEquals("contract.document.tooLarge", refusal("scan.pdf", tooLarge).messageKey());
        assertEquals("contract.document.type", refusal("setup.exe", PDF).messageKey());
        assertEquals("contract.document.content", refusal("MSA.pdf", ZIP).messageKey());
        assertEquals("contract.document.content",
                refusal("MSA.pdf", "Terms attached".getBytes(StandardCharsets.UTF_8)).messageKey());
        assertEquals("contract.document.empty", refusal("MSA.pdf", new byte[0]).messageKey());

        assertEquals(List.of(), as(tenants.relationshipManager(), () -> documents.documents(workspace, contract)));
        assertEquals(0, storedContents());
    }

    @Test
    void otherTenantsFindNothingAndRolesThatMayNotReadContractsAreRefused() throws Exception {
        DocumentDetails uploaded = upload("MSA.pdf");

        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> documents.documents(workspace, contract)));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> documents.download(workspace, uploaded.id())));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> documents.upload(workspace, contract, "intrusion.pdf", PDF)));
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> documents.download(tenants.withSecondProvider(), uploaded.id())),
                "asked through another workspace");
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> documents.upload(tenants.withSecondProvider(), contract, "elsewhere.pdf", PDF)));

        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> documents.documents(workspace, contract)));
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(),
                () -> documents.download(workspace, uploaded.id())));
        assertThrows(ForbiddenException.class, () -> as(tenants.firstAccountManager(),
                () -> documents.upload(workspace, contract, "provider copy.pdf", PDF)));
        assertThrows(ForbiddenException.class, () -> remove(tenants.analyst(), uploaded.id(), uploaded.version()));

        assertEquals(List.of(uploaded.id()),
                ids(as(tenants.relationshipManager(), () -> documents.documents(workspace, contract))));
    }

    @Test
    void anUnfilteredQueryReadsOnlyTheBytesOfTheCallersWorkspaces() throws Exception {
        long otherContract = as(tenants.relationshipManager(), () -> contracts.create(tenants.withSecondProvider(),
                new NewContract("MSA-DOC-B", ContractType.MASTER_AGREEMENT, null, "Claims", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 12, 31), 90, "", "GBP", new BigDecimal("1.00"), new BigDecimal("1.00")))).id();
        DocumentDetails first = upload("MSA.pdf");
        DocumentDetails second = as(tenants.relationshipManager(),
                () -> documents.upload(tenants.withSecondProvider(), otherContract, "MSA.pdf", PDF));

        assertEquals(List.of(first.id()), as(tenants.firstAccountManager(), unscoped::allDocumentIds));
        assertEquals(List.of(second.id()), as(tenants.secondAccountManager(), unscoped::allDocumentIds));
        assertEquals(List.of(), unscoped.allDocumentIds(), "no caller named, no rows");
    }

    @Test
    void aStaleRemovalIsAConflictAndARemovedDocumentTakesItsBytesWithIt() throws Exception {
        DocumentDetails uploaded = upload("MSA.pdf");

        EJBException stale = assertThrows(EJBException.class,
                () -> remove(tenants.relationshipManager(), uploaded.id(), uploaded.version() + 1));
        assertTrue(causedBy(stale, OptimisticLockException.class), String.valueOf(stale.getCause()));
        assertEquals(1, storedContents());

        remove(tenants.relationshipManager(), uploaded.id(), uploaded.version());

        assertEquals(List.of(), as(tenants.analyst(), () -> documents.documents(workspace, contract)));
        assertEquals(0, storedContents());
        assertThrows(NotFoundException.class,
                () -> as(tenants.analyst(), () -> documents.download(workspace, uploaded.id())));
        assertThrows(NotFoundException.class,
                () -> remove(tenants.relationshipManager(), uploaded.id(), uploaded.version()));
    }

    private static List<Long> ids(List<DocumentDetails> views) {
        return views.stream().map(DocumentDetails::id).toList();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private DocumentDetails upload(String fileName) throws Exception {
        return as(tenants.relationshipManager(), () -> documents.upload(workspace, contract, fileName, PDF));
    }

    private void remove(String email, long documentId, long version) throws Exception {
        as(email, () -> {
            documents.remove(workspace, documentId, version);
            return null;
        });
    }

    private DomainException refusal(String fileName, byte[] content) {
        return assertThrows(DomainException.class, () -> as(tenants.relationshipManager(),
                () -> documents.upload(workspace, contract, fileName, content)));
    }

    /** Counted as the schema owner, beneath row-level security: what is really in the table. */
    private int storedContents() throws SQLException {
        try (Connection db = owner.getConnection();
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from contract_document_contents where workspace_id = ?")) {
            count.setLong(1, workspace);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}

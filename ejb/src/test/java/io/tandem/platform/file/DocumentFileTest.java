package io.tandem.platform.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentFileTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = HexFormat.of().parseHex("504b030414000000080000000000");
    private static final byte[] OLE = HexFormat.of().parseHex("d0cf11e0a1b11ae1000000000000");

    @Test
    void aPdfIsStoredAsAPdfWithTheDigestOfItsBytes() {
        DocumentFile file = new DocumentFile("Signed MSA.pdf", PDF);

        assertEquals("Signed MSA.pdf", file.name());
        assertEquals(DocumentType.PDF, file.type());
        assertEquals("application/pdf", file.type().mediaType());
        assertEquals(15, file.size());
        // printf '%PDF-1.7\n%%EOF\n' | sha256sum
        assertEquals("1e7313ace78f0fb481a486939b4885902663102818090805515553d84e0bbfd3", file.sha256());
    }

    @Test
    void theTypeComesFromTheExtensionInAnyCaseAndTheBytesMustAgree() {
        assertEquals(DocumentType.DOCX, new DocumentFile("Annex B.DOCX", ZIP).type());
        assertEquals(DocumentType.XLSX, new DocumentFile("prices.xlsx", ZIP).type());
        assertEquals(DocumentType.PPTX, new DocumentFile("kick-off.pptx", ZIP).type());
        assertEquals(DocumentType.ODT, new DocumentFile("minutes.odt", ZIP).type());
        assertEquals(DocumentType.ODS, new DocumentFile("volumes.ods", ZIP).type());
        assertEquals(DocumentType.ODP, new DocumentFile("review.odp", ZIP).type());
        assertEquals(DocumentType.DOC, new DocumentFile("old terms.doc", OLE).type());
        assertEquals(DocumentType.XLS, new DocumentFile("rates.xls", OLE).type());
        assertEquals(DocumentType.PPT, new DocumentFile("pitch.ppt", OLE).type());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocumentType.DOCX.mediaType());
    }

    @Test
    void onlyPdfAndOfficeFilesAreAccepted() {
        for (String name : List.of("setup.exe", "page.html", "notes.txt", "MSA", "MSA.")) {
            DomainException refused = refusal(name, PDF);
            assertEquals("contract.document.type", refused.messageKey(), name);
            assertEquals(List.of("pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp"), refused.arguments());
        }
    }

    @Test
    void aFileWhoseBytesDoNotMatchItsExtensionIsRefused() {
        assertEquals(List.of("contract.document.content", "PDF"), keyAndArguments(refusal("MSA.pdf", ZIP)));
        assertEquals(List.of("contract.document.content", "PDF"),
                keyAndArguments(refusal("MSA.pdf", "Dear Paul, here are the terms".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("contract.document.content", "DOCX"), keyAndArguments(refusal("annex.docx", PDF)));
        assertEquals(List.of("contract.document.content", "DOC"), keyAndArguments(refusal("annex.doc", ZIP)));
        assertEquals(List.of("contract.document.content", "XLSX"), keyAndArguments(refusal("rates.xlsx", OLE)));
        assertEquals(List.of("contract.document.content", "PDF"),
                keyAndArguments(refusal("short.pdf", Arrays.copyOf(PDF, 4))), "shorter than the signature");
    }

    @Test
    void theNameLosesAnyPathAndInvisibleCharacters() {
        assertEquals("MSA.pdf", new DocumentFile("C:\\Users\\paul\\Contracts\\MSA.pdf", PDF).name());
        assertEquals("MSA.pdf", new DocumentFile("../../etc/MSA.pdf", PDF).name());
        assertEquals("MSA.pdf", new DocumentFile("  MSA.pdf\n", PDF).name());
        // U+202E reverses what follows on screen: "reportfdp.docx" would read "reportxcod.pdf"
        DocumentFile disguised = new DocumentFile("report\u202Efdp.docx", ZIP);
        assertEquals("reportfdp.docx", disguised.name());
        assertEquals(DocumentType.DOCX, disguised.type());
    }

    @Test
    void aNameIsRequiredAndHasAtMost255Characters() {
        String longest = "a".repeat(251) + ".pdf";
        assertEquals(255, new DocumentFile(longest, PDF).name().length());

        for (String name : Arrays.asList(null, "", "   ", "contracts/", "\u200B", "a" + longest)) {
            DomainException refused = refusal(name, PDF);
            assertEquals(List.of("contract.document.name", 255), keyAndArguments(refused), String.valueOf(name));
        }
    }

    @Test
    void aDocumentHasBetweenOneByteAndTenMebibytes() {
        byte[] largest = Arrays.copyOf(PDF, 10 * 1024 * 1024);
        assertEquals(10_485_760, new DocumentFile("scan.pdf", largest).size());

        assertEquals(List.of("contract.document.tooLarge", 10),
                keyAndArguments(refusal("scan.pdf", Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1))));
        assertEquals(List.of("contract.document.empty"), keyAndArguments(refusal("scan.pdf", new byte[0])));
        assertEquals(List.of("contract.document.empty"), keyAndArguments(refusal("scan.pdf", null)));
    }

    @Test
    void aStoredMediaTypeLeadsBackToItsType() {
        for (DocumentType type : DocumentType.values()) {
            assertEquals(type, DocumentType.ofMediaType(type.mediaType()).orElseThrow());
        }
        assertEquals(Optional.empty(), DocumentType.ofMediaType("text/html"));
    }

    private static DomainException refusal(String name, byte[] content) {
        return assertThrows(DomainException.class, () -> new DocumentFile(name, content));
    }

    private static List<Object> keyAndArguments(DomainException refused) {
        List<Object> all = new ArrayList<>();
        all.add(refused.messageKey());
        all.addAll(refused.arguments());
        return all;
    }
}

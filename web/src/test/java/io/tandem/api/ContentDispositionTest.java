package io.tandem.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aQuotedNameIsUnescaped() {
        assertEquals(Optional.of("Signed MSA.pdf"),
                ContentDisposition.fileName("attachment; filename=\"Signed MSA.pdf\""));
        assertEquals(Optional.of("Annex \"B\"; final.docx"),
                ContentDisposition.fileName("attachment; filename=\"Annex \\\"B\\\"; final.docx\""));
        assertEquals(Optional.of("MSA.pdf"), ContentDisposition.fileName("attachment;filename=MSA.pdf"));
        assertEquals(Optional.of("MSA.pdf"),
                ContentDisposition.fileName("Attachment; size=12; FileName = \"MSA.pdf\""));
        assertEquals(Optional.of("MSA.pdf"), ContentDisposition.fileName("attachment; inline; filename=MSA.pdf"));
    }

    @Test
    void anExtendedNameWinsOverThePlainOne() {
        assertEquals(Optional.of("Vertrag über Schäden.pdf"), ContentDisposition.fileName("attachment; "
                + "filename=\"Vertrag uber Schaden.pdf\"; filename*=UTF-8''Vertrag%20%C3%BCber%20Sch%C3%A4den.pdf"));
        assertEquals(Optional.of("€ rates.xlsx"),
                ContentDisposition.fileName("attachment; filename*=utf-8'en'%E2%82%AC%20rates.xlsx"));
        assertEquals(Optional.of("fallback.pdf"),
                ContentDisposition.fileName("attachment; filename*=UTF-8''broken%2; filename=\"fallback.pdf\""),
                "a malformed extended value is ignored");
    }

    @Test
    void aHeaderWithoutANameGivesNone() {
        assertEquals(Optional.empty(), ContentDisposition.fileName(null));
        assertEquals(Optional.empty(), ContentDisposition.fileName("attachment"));
        assertEquals(Optional.empty(), ContentDisposition.fileName("attachment; filename=\"\""));
        assertEquals(Optional.empty(), ContentDisposition.fileName("attachment; size=12"));
    }

    @Test
    void aDownloadCarriesAnAsciiNameAndTheExactNameEncoded() {
        assertEquals("attachment; filename=\"Signed MSA.pdf\"; filename*=UTF-8''Signed%20MSA.pdf",
                ContentDisposition.attachment("Signed MSA.pdf"));
        String header = ContentDisposition.attachment("Vertrag über \"A\".pdf");
        assertEquals("attachment; filename=\"Vertrag _ber _A_.pdf\"; "
                + "filename*=UTF-8''Vertrag%20%C3%BCber%20%22A%22.pdf", header);
        assertEquals(Optional.of("Vertrag über \"A\".pdf"), ContentDisposition.fileName(header));
    }
}

package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract documents over the API: the raw file in, the same bytes out, refusals as problems. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ContractDocumentApiIT {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    URL base;

    private TandemClient procurement;
    private String workspacePath;
    private String documents;

    @BeforeEach
    void draftAContract() {
        Fixtures fixtures = Fixtures.of(base);
        procurement = fixtures.signedIn(base, fixtures.procurement());
        workspacePath = "api/v1/workspaces/" + fixtures.claimsWorkspace().id();
        String reference = "DOC-" + UUID.randomUUID().toString().substring(0, 8);
        String created = procurement.postJson(workspacePath + "/contracts", "{\"reference\":\"" + reference
                + "\",\"type\":\"MASTER_AGREEMENT\",\"title\":\"Claims handling\",\"effectiveDate\":\"2026-01-01\","
                + "\"expiryDate\":\"2027-12-31\",\"noticePeriodDays\":90,\"renewalTerms\":\"\",\"currency\":\"GBP\","
                + "\"annualValue\":1000000,\"monthlyCharges\":80000}").body();
        documents = workspacePath + "/contracts/" + id(created) + "/documents";
    }

    @Test
    void aLargeDocumentComesBackByteForByteAsAnAttachment() {
        byte[] scan = Arrays.copyOf(PDF, 9 * 1024 * 1024 + 512);
        scan[scan.length - 1] = 42;

        HttpResponse<String> uploaded = procurement.postFile(documents,
                "attachment; filename=\"Vertrag.pdf\"; filename*=UTF-8''Vertrag%20%C3%BCber%20Sch%C3%A4den.pdf", scan);

        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertTrue(uploaded.body().contains("\"fileName\":\"Vertrag über Schäden.pdf\""), uploaded.body());
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(workspacePath + "/documents/" + id(uploaded.body())), location);

        HttpResponse<byte[]> download = procurement.download(workspacePath + "/documents/" + id(uploaded.body()));
        assertEquals(200, download.statusCode());
        assertArrayEquals(scan, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"Vertrag _ber Sch_den.pdf\"; "
                        + "filename*=UTF-8''Vertrag%20%C3%BCber%20Sch%C3%A4den.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(List.of("nosniff"), download.headers().allValues("X-Content-Type-Options"));
        assertEquals("private, no-store", download.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void refusedUploadsAreProblemsAndStoreNothing() {
        HttpResponse<String> unnamed = procurement.postFile(documents, null, PDF);
        HttpResponse<String> disguised = procurement.postFile(documents, "attachment; filename=\"MSA.pdf\"",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tooLarge = procurement.postFile(documents, "attachment; filename=\"scan.pdf\"",
                Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1));

        assertEquals(400, unnamed.statusCode());
        assertTrue(unnamed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(unnamed.body().contains("urn:tandem:problem:invalid-request")
                && unnamed.body().contains("Content-Disposition"), unnamed.body());
        assertEquals(422, disguised.statusCode());
        assertTrue(disguised.body().contains("urn:tandem:problem:contract.document.content"), disguised.body());
        assertEquals(422, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("A document may be at most 10 MB."), tooLarge.body());
        assertEquals("[]", procurement.get(documents).body());
    }

    @Test
    void aDocumentIsRemovedWithTheVersionLastRead() {
        String uploaded = procurement.postFile(documents, "attachment; filename=MSA.pdf", PDF).body();
        String document = workspacePath + "/documents/" + id(uploaded);
        long lastRead = JsonBody.number(uploaded, "version");

        HttpResponse<String> stale = procurement.delete(document + "?version=" + (lastRead + 1));
        HttpResponse<String> removed = procurement.delete(document + "?version=" + lastRead);

        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("urn:tandem:problem:conflict"), stale.body());
        assertEquals(204, removed.statusCode());
        assertEquals(404, procurement.get(document).statusCode());
        assertFalse(procurement.get(documents).body().contains("MSA.pdf"));
    }

    private static long id(String json) {
        return JsonBody.id(json);
    }
}

package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.interaction.InteractionFiles;
import io.tandem.testing.Fixtures;
import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Interaction files over the API, in the policy administration workspace (its provider's account
 * manager imports): the body is streamed, so a file far above the JSON limit goes through; a bad
 * file is a 422 naming its lines; a body cut off stores nothing.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class InteractionApiIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private TandemClient provider;
    private String imports;

    @BeforeEach
    void signIn() {
        fixtures = Fixtures.of(base);
        provider = fixtures.signedIn(base, fixtures.otherProviderAccountManager());
        imports = "api/v1/workspaces/" + fixtures.policyAdministrationWorkspace().id() + "/interactions/imports";
    }

    /** 200,000 rows, about 25 MB: six times the limit of a JSON or measurement CSV body, read as it arrives. */
    @Test
    void aFileFarAboveTheBodyLimitIsStreamedIntoTheDatabase() {
        String prefix = "S" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = provider.send(HttpRequest.newBuilder(provider.uri(imports + "?fileName="
                        + prefix + ".csv"))
                .header("Content-Type", "text/csv").header("X-Requested-By", "tandem")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> InteractionFiles.generated(prefix, 200_000, 2025, 1))),
                Duration.ofMinutes(3));

        assertEquals(201, created.statusCode(), created.body());
        JsonObject stored = json(created.body());
        assertEquals(200_000, stored.getInt("rows"));
        assertEquals("STORED", stored.getString("outcome"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/" + stored.getInt("id")));
    }

    @Test
    void aBadFileIsA422NamingEveryBadLineAndTheSameFileTwiceStoresNothingNew() {
        String id = "R" + UUID.randomUUID().toString().substring(0, 8);
        String good = InteractionFiles.HEADER + id + ",VOICE,Policy,2025-02-03 09:00:00,2025-02-03 09:00:20,"
                + "2025-02-03 09:04:00,false,20,220,,,,4,8\n";
        String bad = good + id + "-2,VOICE,Policy,2025-02-03 09:01:00,2025-02-03 09:00:20,,false,-20,,,,,9,\n";

        HttpResponse<String> refused = provider.postCsv(imports + "?fileName=bad.csv", bad);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        JsonArray errors = json(refused.body()).getJsonArray("errors");
        assertEquals(1, errors.size());
        assertEquals(3, errors.getJsonObject(0).getInt("line"));
        assertEquals("answered_at is before offered_at.", errors.getJsonObject(0).getString("detail"));
        assertEquals("1 line(s) rejected; nothing was stored.", json(refused.body()).getString("detail"));

        HttpResponse<String> first = provider.postCsv(imports + "?fileName=good.csv", good);
        HttpResponse<String> again = provider.postCsv(imports + "?fileName=good.csv", good);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(1, json(first.body()).getInt("rows"));
        assertEquals(0, json(again.body()).getInt("rows"));
        assertEquals(1, json(again.body()).getInt("skipped"));

        JsonObject stored = json(first.body());
        HttpResponse<String> deleted = provider.delete(imports + "/" + stored.getInt("id") + "?version="
                + stored.getInt("version"));
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("DELETED", json(deleted.body()).getString("outcome"));
        assertEquals(409, provider.delete(imports + "/" + stored.getInt("id") + "?version="
                + stored.getInt("version")).statusCode(), "a stale version is a conflict");
    }

    /**
     * A queue named like markup, imported by the provider, stays text on the dashboard both parties
     * read: in the volumes table and in the volumes chart, whose configuration sits in a script element.
     */
    @Test
    void aQueueNamedLikeMarkupStaysTextOnTheDashboard() {
        String queue = "</script><script>window.injected=1</script>";
        String id = "M" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = provider.postCsv(imports + "?fileName=" + id + ".csv", InteractionFiles.HEADER
                + id + ",VOICE," + queue + ",2025-05-05 09:00:00,2025-05-05 09:00:20,2025-05-05 09:04:00,false,20,220,"
                + ",,,4,8\n");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject stored = json(created.body());
        try {
            HttpResponse<String> page = provider.get("dashboard/workspace.xhtml?workspace="
                    + fixtures.policyAdministrationWorkspace().id() + "&from=2025-05&to=2025-05", true);
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains("<script>window.injected"), page.body());
            assertTrue(page.body().contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.injected=1"),
                    "the chart's label, escaped inside its JSON string: " + page.body());
            assertTrue(page.body().contains("&lt;/script&gt;&lt;script&gt;window.injected=1"),
                    "the volumes table's cell: " + page.body());
        } finally {
            assertEquals(200, provider.delete(imports + "/" + stored.getInt("id") + "?version="
                    + stored.getInt("version")).statusCode());
        }
    }

    @Test
    void onlyCsvIsTakenAndTheSampleIsServed() {
        HttpResponse<String> pdf = provider.postFile(imports + "?fileName=contract.pdf", null,
                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, pdf.statusCode(), pdf.body());

        HttpResponse<String> sample = provider.get("api/v1/interactions/sample.csv");
        assertEquals(200, sample.statusCode());
        assertTrue(sample.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(sample.body().startsWith(InteractionFiles.HEADER), sample.body());
    }

    /** The client sends the headers and part of the body, then cuts the connection: nothing is stored. */
    @Test
    void anUploadCutOffMidBodyStoresNothing() throws Exception {
        String name = "cut-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
        URI uri = provider.uri(imports + "?fileName=" + name);
        byte[] part = InteractionFiles.generated(name, 20_000, 2025, 3).readAllBytes();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Content-Type: text/csv\r\nX-Requested-By: tandem\r\n"
                    + "Cookie: " + provider.sessionCookie() + "\r\n"
                    + "Content-Length: " + (part.length * 10L) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(part);
            out.flush();
            Thread.sleep(500);
        }
        // The next import of the workspace waits for the cut one to end (the workspace's lock), then the history shows it never was.
        Thread.sleep(1000);
        assertEquals(201, provider.postCsv(imports + "?fileName=after-" + name, InteractionFiles.HEADER
                + name + ",VOICE,Policy,2025-03-01 10:00:00,,,true,5,,,,,,\n").statusCode());
        String history = provider.get(imports).body();
        assertTrue(history.contains("after-" + name), history);
        assertFalse(history.contains("\"" + name + "\""), history);
    }

    private static JsonObject json(String body) {
        return JsonBody.object(body);
    }
}

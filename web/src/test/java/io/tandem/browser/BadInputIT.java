package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input from the outside (security review, issue 9, item 5) gets a 4xx or the page with a
 * specific message, changes nothing and logs no error: an unusable login name, a malformed page
 * address, a forged or expired view state, an upload over the limit. What the server logged at
 * SEVERE, or with a stack trace at WARNING (where Payara logs an exception that escapes a servlet
 * or an EJB), is read back through the test deployment's {@code ErrorLogServlet}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String WRONG_CREDENTIALS = "The e-mail address or password is not correct.";
    private static final String NOT_FOUND = "There is nothing here";
    private static final String EXPIRED = "Your page expired, please try again.";
    private static final String TOO_LARGE = "The file is larger than the 10 MiB limit.";
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern VIEW_PARAMETER = Pattern.compile("<f:viewParam name=\"(\\w+)\"");
    private static final String[] MALFORMED = {"abc", "9".repeat(400), "-1"};
    /**
     * The intraday page's own filters, which its form sends through the address: any text is a
     * queue's name, and a day that is not one is answered on the page with a message, as a form is.
     */
    private static final Set<String> PAGE_FILTERS = Set.of("day", "queue");

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private TandemClient observer;

    @BeforeEach
    void watchTheServerLog() {
        fixtures = Fixtures.of(base);
        observer = fixtures.signedIn(base, fixtures.portfolioViewer());
    }

    @Test
    void theLogCheckSeesAnExceptionEscapingAServlet() {
        int logged = errorRecords().size();

        assertEquals(500, observer.postForm("test-support/error-log", Map.of()).statusCode());

        List<String> records = errorRecords();
        assertTrue(records.subList(logged, records.size()).stream().anyMatch(r -> r.contains("error log probe")),
                records.toString());
    }

    @Test
    void anOverlongLoginNameGetsTheAnswerOfAnUnknownAccount() {
        int logged = errorRecords().size();
        TandemClient client = TandemClient.anonymous(uri());
        HttpResponse<String> unknown = client.signIn("nobody-" + UUID.randomUUID() + "@northwind.example", "wrong-password");
        HttpResponse<String> overlong = client.signIn("a".repeat(5000) + "@northwind.example", "wrong-password");

        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains(WRONG_CREDENTIALS), unknown.body());
        assertEquals(200, overlong.statusCode());
        assertTrue(overlong.body().contains(WRONG_CREDENTIALS), overlong.body());
        assertNothingLoggedSince(logged);
    }

    @Test
    void aLoginNameWithANulByteGetsTheAnswerOfAnUnknownAccountEveryTime() {
        int logged = errorRecords().size();
        TandemClient client = TandemClient.anonymous(uri());
        // More attempts than the throttle allows: a name no account can have is not counted (and
        // could not be stored), so it never turns into "locked", which would differ from an
        // unknown account only by coming later.
        String withNul = fixtures.rm().email().replace("@", "\u0000@");
        for (int attempt = 1; attempt <= 6; attempt++) {
            HttpResponse<String> answer = client.signIn(withNul, "wrong-password");
            assertEquals(200, answer.statusCode(), "attempt " + attempt);
            assertTrue(answer.body().contains(WRONG_CREDENTIALS), "attempt " + attempt + ": " + answer.body());
        }
        assertNothingLoggedSince(logged);
        assertEquals(302, client.signIn(fixtures.rm().email(), fixtures.password()).statusCode(),
                "the real account is not locked by it");
    }

    @Test
    void aMalformedViewParameterAnswersNotFoundOnEveryWorkspacePage() throws IOException {
        int logged = errorRecords().size();
        TandemClient rm = fixtures.signedIn(base, fixtures.procurement());
        String idea = rm.postJson("api/v1/workspaces/" + fixtures.claimsWorkspace().id() + "/ideas",
                "{\"title\": \"Sweep\", \"problem\": \"None\", \"proposal\": \"None\", \"effort\": \"SMALL\"}")
                .body();
        Map<String, String> wellFormed = Map.ofEntries(Map.entry(
                "workspace", String.valueOf(fixtures.claimsWorkspace().id())),
                Map.entry("contract", String.valueOf(fixtures.contract().id())),
                Map.entry("measurement", String.valueOf(fixtures.awaitingMeasurement())),
                Map.entry("level", String.valueOf(fixtures.answered().id())),
                Map.entry("agreement", String.valueOf(fixtures.agreement())),
                Map.entry("version", "1"),
                Map.entry("idea", String.valueOf(JsonBody.id(idea))),
                Map.entry("months", "3"),
                Map.entry("from", "2026-01"),
                Map.entry("to", "2026-10"),
                Map.entry("day", "2026-10-15"),
                Map.entry("queue", "Claims"));

        List<Path> pages = workspacePages();
        assertTrue(pages.size() >= 10, pages.toString());
        for (Path page : pages) {
            String path = WEBAPP.relativize(page).toString().replace('\\', '/');
            List<String> parameters = viewParameters(page);
            assertTrue(wellFormed.keySet().containsAll(parameters), path + " has a view parameter this test does not know: " + parameters);
            Map<String, String> control = new LinkedHashMap<>();
            parameters.forEach(parameter -> control.put(parameter, wellFormed.get(parameter)));
            HttpResponse<String> shown = rm.get(path + query(control));
            assertEquals(200, shown.statusCode(), path + query(control) + " is the control and must be shown");

            for (String parameter : parameters) {
                if (PAGE_FILTERS.contains(parameter)) {
                    continue;
                }
                for (String malformed : MALFORMED) {
                    Map<String, String> address = new LinkedHashMap<>(control);
                    address.put(parameter, malformed);
                    String target = path + query(address);
                    HttpResponse<String> answer = rm.get(target);
                    assertEquals(404, answer.statusCode(), target);
                    assertTrue(answer.body().contains(NOT_FOUND), target + ": " + answer.body());
                }
            }
        }
        assertNothingLoggedSince(logged);
    }

    @Test
    void aForgedViewStateSendsTheUserBackToThePageWithTheirInputAndChangesNothing() {
        int logged = errorRecords().size();
        TandemClient rm = fixtures.signedIn(base, fixtures.rm());
        long workspace = fixtures.claimsWorkspace().id();
        String page = "workspace/home.xhtml?workspace=" + workspace;
        assertEquals(200, rm.get(page).statusCode());
        String note = "kept-" + UUID.randomUUID();

        HttpResponse<String> posted = rm.postForm("workspace/home.xhtml", Map.of(
                "note-form", "note-form", "note-form:note", note, "note-form:add-note", "",
                "jakarta.faces.ViewState", "forged"), "Referer", rm.uri(page).toString());

        assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, posted.statusCode() + " " + posted.body());
        URI back = location(posted);
        assertEquals(rm.uri(page), back);
        HttpResponse<String> shown = rm.get(back.toString());
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains(EXPIRED), shown.body());
        assertTrue(shown.body().contains(note), "the note typed is still in its field");
        assertFalse(rm.get(page).body().contains(EXPIRED), "the message is shown once");
        assertFalse(rm.get("api/v1/workspaces/" + workspace + "/notes").body().contains(note), "no note was added");
        assertNothingLoggedSince(logged);
    }

    @Test
    void aForgedViewStateOnAnAjaxRequestAnswersAPartialResponseRedirect() {
        int logged = errorRecords().size();
        TandemClient rm = fixtures.signedIn(base, fixtures.rm());
        long workspace = fixtures.claimsWorkspace().id();
        String page = "workspace/home.xhtml?workspace=" + workspace;
        assertEquals(200, rm.get(page).statusCode());
        String note = "kept-" + UUID.randomUUID();

        HttpResponse<String> posted = rm.postForm("workspace/home.xhtml", Map.of(
                        "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "note-form:add-note",
                        "jakarta.faces.partial.execute", "note-form", "jakarta.faces.partial.render", "note-form",
                        "note-form:add-note", "note-form:add-note", "note-form", "note-form", "note-form:note", note,
                        "jakarta.faces.ViewState", "forged"),
                "Faces-Request", "partial/ajax", "Referer", rm.uri(page).toString());

        assertEquals(200, posted.statusCode(), posted.body());
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(posted.body());
        assertTrue(redirect.find(), posted.body());
        URI back = rm.uri(redirect.group(1).replace("&amp;", "&"));
        assertEquals(rm.uri(page), back);
        HttpResponse<String> shown = rm.get(back.toString());
        assertTrue(shown.body().contains(EXPIRED), shown.body());
        assertTrue(shown.body().contains(note), "the note typed is still in its field");
        assertFalse(rm.get("api/v1/workspaces/" + workspace + "/notes").body().contains(note), "no note was added");
        assertNothingLoggedSince(logged);
    }

    @Test
    void anExpiredSignInFormComesBackWithTheEmailButNotThePassword() {
        int logged = errorRecords().size();
        TandemClient client = TandemClient.anonymous(uri());
        assertEquals(200, client.get("login.xhtml").statusCode());

        HttpResponse<String> posted = client.postForm("login.xhtml", Map.of(
                "login", "login", "login:email", fixtures.rm().email(), "login:password", fixtures.password(),
                "login:sign-in", "", "jakarta.faces.ViewState", "forged"), "Referer", client.uri("login.xhtml").toString());

        assertTrue(posted.statusCode() == 302 || posted.statusCode() == 303, posted.statusCode() + " " + posted.body());
        assertEquals(client.uri("login.xhtml"), location(posted));
        HttpResponse<String> shown = client.get("login.xhtml");
        assertTrue(shown.body().contains(EXPIRED), shown.body());
        assertTrue(shown.body().contains("value=\"" + fixtures.rm().email() + "\""), shown.body());
        assertFalse(shown.body().contains(fixtures.password()), "a password is never sent back");
        assertTrue(client.get("index.xhtml").statusCode() == 302, "not signed in");
        assertNothingLoggedSince(logged);
    }

    @Test
    void aContractDocumentOverTheLimitIsRefusedNamingTheLimit() {
        int logged = errorRecords().size();
        TandemClient procurement = fixtures.signedIn(base, fixtures.procurement());
        long workspace = fixtures.claimsWorkspace().id();
        String page = "contract/contract.xhtml?workspace=" + workspace + "&contract=" + fixtures.contract().id();
        assertEquals(200, procurement.get(page).statusCode());

        HttpResponse<String> twentyMegabytes = procurement.send(multipart(procurement, page, "new-document",
                "new-document:file", "signed.pdf", 20_000_000, false));
        assertRefusedNamingTheLimit(twentyMegabytes);

        // Says its length, within what the servlet reads, but the file is over what it reads of one.
        HttpResponse<String> overThePartLimit = procurement.send(multipart(procurement, page, "new-document",
                "new-document:file", "signed.pdf", 16 * 1024 * 1024 + 1, false));
        assertRefusedNamingTheLimit(overThePartLimit);

        HttpResponse<String> chunked = procurement.send(multipart(procurement, page, "new-document",
                "new-document:file", "signed.pdf", 20_000_000, true));
        assertRefusedNamingTheLimit(chunked);
        assertNothingLoggedSince(logged);
    }

    @Test
    void aMeasurementFileOverTheLimitIsRefusedNamingTheLimit() {
        int logged = errorRecords().size();
        TandemClient provider = fixtures.signedIn(base, fixtures.accountManager());
        String page = "servicelevel/measurements.xhtml?workspace=" + fixtures.claimsWorkspace().id();
        assertEquals(200, provider.get(page).statusCode());

        HttpResponse<String> answer = provider.send(multipart(provider, page, "upload", "upload:file",
                "measurements.csv", 20_000_000, false));

        assertRefusedNamingTheLimit(answer);
        assertNothingLoggedSince(logged);
    }

    private static void assertRefusedNamingTheLimit(HttpResponse<String> answer) {
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(TOO_LARGE), answer.body());
    }

    /** A multipart form post as the page's upload form sends it, with a file of the given size. */
    private static HttpRequest.Builder multipart(TandemClient client, String page, String form, String field,
                                                 String fileName, int size, boolean chunked) {
        String boundary = "----tandem" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + form + "\"\r\n\r\n"
                + form + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"jakarta.faces.ViewState\""
                + "\r\n\r\nnot-read-before-the-size-check\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.toByteArray();
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
        if (chunked) {
            HttpRequest.BodyPublisher known = publisher;
            publisher = new HttpRequest.BodyPublisher() {
                @Override
                public long contentLength() {
                    return -1;
                }

                @Override
                public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                    known.subscribe(subscriber);
                }
            };
        }
        return HttpRequest.newBuilder(client.uri(page))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher);
    }

    /** SEVERE records, and WARNING records with a stack trace, that the server logged so far. */
    private List<String> errorRecords() {
        HttpResponse<String> log = observer.get("test-support/error-log");
        assertEquals(200, log.statusCode(), "the test deployment records the server's error log");
        List<String> lines = new ArrayList<>(log.body().lines().toList());
        lines.remove(0);
        return lines;
    }

    private void assertNothingLoggedSince(int position) {
        List<String> records = errorRecords();
        assertEquals(List.of(), records.subList(Math.min(position, records.size()), records.size()),
                "errors and stack traces logged");
    }

    /** The pages inside one workspace, in whichever context's folder they live: those that take its id. */
    private static List<Path> workspacePages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<Path> pages = new ArrayList<>();
            for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList()) {
                if (!page.startsWith(WEBAPP.resolve("WEB-INF")) && viewParameters(page).contains("workspace")) {
                    pages.add(page);
                }
            }
            return pages;
        }
    }

    private static List<String> viewParameters(Path page) throws IOException {
        Matcher parameter = VIEW_PARAMETER.matcher(Files.readString(page));
        List<String> names = new ArrayList<>();
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        return names;
    }

    private static String query(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static URI location(HttpResponse<String> response) {
        return response.request().uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private URI uri() {
        return URI.create(base.toString());
    }
}

package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.TandemClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The findings of the security review (issue 9) over HTTP: what a request's Authorization header
 * may and may not do beside a session cookie, the headers on every kind of answer, and the
 * session cookie's attributes. The test server trusts X-Forwarded-Proto (see web/pom.xml), as a
 * server behind a TLS-ending load balancer would be told to.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RequestSecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("<code id=\"token-secret\">(tnd_[^<]+)</code>");

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Person relationshipManager;
    private IsolationKit kit;
    private long workspace;

    @BeforeEach
    void signIn() {
        fixtures = Fixtures.of(base);
        relationshipManager = fixtures.rm();
        kit = fixtures.kit(base);
        workspace = fixtures.claimsWorkspace().id();
    }

    // A. Authorization header and CSRF

    @Test
    void anAuthorizationHeaderOfAnotherSchemeBesideTheCookieIsRefusedAndChangesNothing() {
        String note = "Bogus scheme " + UUID.randomUUID();
        TandemClient rm = fixtures.signedIn(base, relationshipManager);

        HttpResponse<String> response = rm.send(json("POST", rm, notes(), "{\"body\":\"" + note + "\"}")
                .header("Authorization", "Bogus x"));

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("urn:tandem:problem:invalid-token"), response.body());
        assertFalse(kit.as(relationshipManager).get(notes()).body().contains(note));
    }

    @Test
    void aForgedBearerTokenBesideTheCookieIsRefusedAndChangesNothing() {
        String note = "Forged bearer " + UUID.randomUUID();
        TandemClient rm = fixtures.signedIn(base, relationshipManager);

        HttpResponse<String> read = rm.send(HttpRequest.newBuilder(rm.uri("api/v1/workspaces"))
                .header("Authorization", "Bearer tnd_forged").GET());
        HttpResponse<String> write = rm.send(json("POST", rm, notes(), "{\"body\":\"" + note + "\"}")
                .header("Authorization", "Bearer tnd_forged").header("X-Requested-By", "tandem"));

        assertEquals(401, read.statusCode(), read.body());
        assertTrue(read.body().contains("urn:tandem:problem:invalid-token"), read.body());
        assertEquals(401, write.statusCode(), write.body());
        assertFalse(kit.as(relationshipManager).get(notes()).body().contains(note));
        assertEquals(200, rm.get("api/v1/workspaces").statusCode(), "the cookie alone still works");
    }

    @Test
    void oneTokenServesParallelRequests() throws Exception {
        String token = createToken(kit.as(relationshipManager));
        TandemClient anonymous = TandemClient.anonymous(URI.create(base.toString()));

        // each request notes the token's use: a version check on that note once failed all but one
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(clients.submit(() -> anonymous.get("api/v1/workspaces", token).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(Collections.nCopies(12, 200), statuses);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void moreParallelRequestsThanPooledConnectionsAllAnswer() throws Exception {
        // Twice the pool's 20 connections at once, on the portfolio, which calls services within
        // services. Each request once held a connection while it waited for a second: past 20
        // requests every one waited on every other until the pool gave up (500 after 60 s).
        String token = createToken(kit.as(relationshipManager));
        TandemClient anonymous = TandemClient.anonymous(URI.create(base.toString()));
        int requests = 40;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> anonymous.get("api/v1/portfolio?from=2026-01&to=2026-06", token)
                        .statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(90, TimeUnit.SECONDS));
            }
            assertEquals(Collections.nCopies(requests, 200), statuses);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aValidTokenNeedsNoCsrfHeader() {
        String note = "Sent with a token " + UUID.randomUUID();
        TandemClient anonymous = TandemClient.anonymous(URI.create(base.toString()));
        String token = createToken(kit.as(relationshipManager));

        HttpResponse<String> response = anonymous.send(json("POST", anonymous, notes(), "{\"body\":\"" + note + "\"}")
                .header("Authorization", "Bearer " + token));

        assertEquals(201, response.statusCode(), response.body());
        assertTrue(kit.as(relationshipManager).get(notes()).body().contains(note));
    }

    // B. Security headers on every kind of answer

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        TandemClient anonymous = TandemClient.anonymous(URI.create(base.toString()));
        TandemClient rm = kit.as(relationshipManager);

        assertAll(
                answer("anonymous API call", anonymous.get("api/v1/workspaces"), 401, true),
                answer("anonymous page", anonymous.get("audit/audit.xhtml?workspace=" + workspace, true), 302, true),
                answer("login page", anonymous.get("login.xhtml", true), 200, true),
                answer("forged token", anonymous.get("api/v1/workspaces", "tnd_forged"), 401, true),
                answer("missing page", rm.get("no-such-page.xhtml", true), 404, true),
                answer("workspace not found", rm.get("workspace/home.xhtml?workspace=999999999", true), 404, true),
                answer("API not found", rm.get("api/v1/workspaces/999999999"), 404, true),
                answer("signed-in page", rm.get("workspace/home.xhtml?workspace=" + workspace, true), 200, true),
                answer("signed-in API call", rm.get("api/v1/workspaces"), 200, true),
                answer("stylesheet", anonymous.get("jakarta.faces.resource/css/tandem.css.xhtml", false), 200, false));
    }

    // B. The session cookie

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyOverHttps() {
        TandemClient plain = TandemClient.anonymous(URI.create(base.toString()));
        HttpResponse<String> signedIn = signIn(plain, "login.xhtml");

        TandemClient behindTls = TandemClient.anonymous(URI.create(base.toString()));
        HttpResponse<String> signedInOverTls = signIn(behindTls, "login.xhtml", "X-Forwarded-Proto", "https");

        assertEquals(302, signedIn.statusCode());
        assertEquals(302, signedInOverTls.statusCode());
        assertEquals(List.of("httponly", "samesite=lax"), sessionCookieAttributes(signedIn));
        assertEquals(List.of("httponly", "samesite=lax", "secure"), sessionCookieAttributes(signedInOverTls));
    }

    // C. Anonymous requests cost no session

    @Test
    void noAnonymousRequestCreatesASession() {
        // Each session an anonymous request opened was kept for 30 minutes: a client asking for
        // the login page in a loop filled a 512 MB heap in a few minutes (4-7 KB a session).
        TandemClient anonymous = TandemClient.anonymous(URI.create(base.toString()));
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("login page", anonymous.get("login.xhtml", true));
        answers.put("protected page", anonymous.get("audit/audit.xhtml?workspace=" + workspace, true));
        answers.put("missing page", anonymous.get("no-such-page.xhtml", true));
        answers.put("wrong password", anonymous.postForm("login.xhtml", Map.of("login", "login",
                "login:email", relationshipManager.email(), "login:password", "not-the-password",
                "login:sign-in", "", "jakarta.faces.ViewState", viewState(answers.get("login page")))));

        answers.forEach((what, answer) -> assertTrue(answer.headers().allValues("Set-Cookie").stream()
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID=")), what + " set " + answer.headers()));
        assertEquals(200, answers.get("wrong password").statusCode());
        assertTrue(answers.get("wrong password").body().contains("not correct"), "the refusal is shown");
    }

    @Test
    void signingInContinuesToThePageFirstAskedForAndOnlyInsideTandem() {
        String page = "audit/audit.xhtml?workspace=" + workspace + "&page=2";
        TandemClient visitor = TandemClient.anonymous(URI.create(base.toString()));
        HttpResponse<String> redirected = visitor.get(page, true);
        String login = redirected.headers().firstValue("Location").orElseThrow();
        assertTrue(login.contains("login.xhtml?continue=%2Faudit%2Faudit.xhtml%3Fworkspace%3D" + workspace), login);

        HttpResponse<String> signedIn = signIn(visitor, login.substring(login.indexOf("login.xhtml")));
        TandemClient lured = TandemClient.anonymous(URI.create(base.toString()));
        HttpResponse<String> elsewhere = signIn(lured, "login.xhtml?continue=%2F%2Fevil.example%2F");

        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/" + page),
                signedIn.headers().toString());
        assertEquals(302, elsewhere.statusCode());
        String home = elsewhere.headers().firstValue("Location").orElseThrow();
        assertFalse(home.contains("evil.example"), home);
        assertTrue(home.endsWith(base.getPath()), home + " is not " + base.getPath());
    }

    @Test
    void aSignInFormSentFromAnotherSiteIsRefused() {
        for (String[] header : List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"})) {
            TandemClient victim = TandemClient.anonymous(URI.create(base.toString()));
            HttpResponse<String> forged = signIn(victim, "login.xhtml", header);

            assertEquals(200, forged.statusCode(), header[0]);
            assertTrue(forged.body().contains("own sign-in page"), header[0] + ": " + forged.body());
            assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                    header[0]);
            assertEquals(302, victim.get("audit/audit.xhtml?workspace=" + workspace, true).statusCode(),
                    header[0] + ": not signed in");
        }
    }

    private String notes() {
        return "api/v1/workspaces/" + workspace + "/notes";
    }

    private static HttpRequest.Builder json(String method, TandemClient client, String path, String json) {
        return HttpRequest.newBuilder(client.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private static Executable answer(String what, HttpResponse<String> response, int status, boolean noStore) {
        return () -> {
            assertEquals(status, response.statusCode(), what);
            assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), what);
            assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), what);
            assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), what);
            List<String> policy = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policy.size(), what + ": " + policy);
            assertTrue(policy.get(0).startsWith("default-src 'self';") && policy.get(0).endsWith("frame-ancestors 'none'"),
                    what + ": " + policy);
            if (noStore) {
                assertEquals(List.of("no-store"), response.headers().allValues("Cache-Control"), what);
            }
        };
    }

    /** Signs the relationship manager in on the login page at that path, with any further headers for the form. */
    private HttpResponse<String> signIn(TandemClient client, String loginPath, String... headers) {
        return client.signInAt(loginPath, relationshipManager.email(), fixtures.password(), headers);
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), "no view state on the page");
        return viewState.group(1);
    }

    /** The one session cookie the response sets. */
    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        assertEquals(1, cookies.size(), response.headers().toString());
        return cookies.get(0);
    }

    /** The attributes of the one session cookie the response sets, lower case, without Path and the like. */
    private static List<String> sessionCookieAttributes(HttpResponse<String> response) {
        List<String> attributes = new ArrayList<>();
        for (String part : sessionCookie(response).split(";")) {
            String attribute = part.strip().toLowerCase(Locale.ROOT);
            if (attribute.equals("httponly") || attribute.equals("secure") || attribute.startsWith("samesite")) {
                attributes.add(attribute);
            }
        }
        attributes.sort(null);
        return attributes;
    }

    /** Creates a personal API token on the profile page, as its owner would, and reads it off the page. */
    private static String createToken(TandemClient owner) {
        HttpResponse<String> profile = owner.get("profile.xhtml", true);
        Matcher viewState = VIEW_STATE.matcher(profile.body());
        assertTrue(viewState.find(), "no view state on the profile page");
        HttpResponse<String> created = owner.postForm("profile.xhtml", Map.of("tokens", "tokens",
                "tokens:token-name", "CSRF check " + UUID.randomUUID().toString().substring(0, 8),
                "tokens:create-token", "", "jakarta.faces.ViewState", viewState.group(1)));
        Matcher token = TOKEN.matcher(created.body());
        assertTrue(token.find(), created.body());
        return token.group(1);
    }
}

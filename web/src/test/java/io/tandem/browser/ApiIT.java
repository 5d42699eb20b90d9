package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.TandemClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API's contract at its edges: authentication, CSRF, problem responses, headers. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private IsolationKit kit;
    private long workspace;

    @BeforeEach
    void signIn() {
        fixtures = Fixtures.of(base);
        kit = fixtures.kit(base);
        workspace = fixtures.claimsWorkspace().id();
    }

    @Test
    void anonymousCallsGetAProblemNotTheLoginPage() {
        HttpResponse<String> response = TandemClient.anonymous(URI.create(base.toString())).get("api/v1/workspaces");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"type\":\"urn:tandem:problem:unauthenticated\""), response.body());
    }

    @Test
    void aForgedTokenIsRefused() {
        HttpResponse<String> response = TandemClient.anonymous(URI.create(base.toString()))
                .get("api/v1/workspaces", "tnd_not-a-real-token");

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("urn:tandem:problem:invalid-token"), response.body());
    }

    @Test
    void aCookieCallThatChangesStateNeedsTheCsrfHeader() {
        HttpResponse<String> response = kit.as(fixtures.rm())
                .postJson("api/v1/workspaces/" + workspace + "/notes", "{\"body\":\"no header\"}", false);

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("urn:tandem:problem:csrf"), response.body());
        assertFalse(kit.as(fixtures.rm()).get("api/v1/workspaces/" + workspace + "/notes").body()
                .contains("no header"));
    }

    @Test
    void badInputGetsASpecificProblemAndChangesNothing() {
        HttpResponse<String> empty = kit.as(fixtures.rm())
                .postJson("api/v1/workspaces/" + workspace + "/notes", "{\"body\":\"   \"}");
        HttpResponse<String> badFilter = kit.as(fixtures.rm())
                .get("api/v1/workspaces/" + workspace + "/audit?action=EXPLODE");

        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("A note needs between 1 and 4000 characters."), empty.body());
        assertEquals(422, badFilter.statusCode());
        assertTrue(badFilter.body().contains("urn:tandem:problem:audit.filter.action.invalid"), badFilter.body());
        // a nine-digit year is a date to java.time, but has no day after it and no database timestamp
        for (String day : List.of("%2B999999999-12-31", "-999999999-01-01")) {
            for (String end : List.of("from", "to")) {
                HttpResponse<String> farDay = kit.as(fixtures.rm())
                        .get("api/v1/workspaces/" + workspace + "/audit?" + end + "=" + day);
                assertEquals(422, farDay.statusCode(), end + "=" + day + ": " + farDay.body());
                assertTrue(farDay.body().contains("urn:tandem:problem:audit.filter.date.invalid"), farDay.body());
            }
        }
    }

    @Test
    void errorsCarryNoStackTraceOrSql() {
        HttpResponse<String> response = kit.as(fixtures.rm()).get("api/v1/workspaces/not-a-number");

        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().toLowerCase().contains("select "), response.body());
    }

    @Test
    void signInContinuesToThePageAskedForNotToTheBrowsersOwnFetches() {
        TandemClient browserLike = TandemClient.anonymous(URI.create(base.toString()));
        HttpResponse<String> page = browserLike.get("audit/audit.xhtml?workspace=" + workspace, true);
        HttpResponse<String> favicon = browserLike.get("favicon.ico", false);
        String login = page.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> signedIn = browserLike.signInAt(login.substring(login.indexOf("login.xhtml")),
                fixtures.rm().email(), fixtures.password());

        assertEquals(302, page.statusCode());
        assertTrue(favicon.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                "the browser's own fetch names no page to continue to: " + favicon.headers());
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("")
                .endsWith("/audit/audit.xhtml?workspace=" + workspace), signedIn.headers().toString());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> response = kit.as(fixtures.rm()).get("");

        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("")
                .contains("frame-ancestors 'none'"));
    }
}

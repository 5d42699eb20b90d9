package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.TandemClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The pages that moved from {@code /workspace/} to their context's folder: an address a user
 * bookmarked before the move answers with a permanent redirect to the new one, query kept.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MovedPagesIT {

    private static final Map<String, String> MOVED = Map.ofEntries(
            Map.entry("workspace/contracts.xhtml", "contract/contracts.xhtml"),
            Map.entry("workspace/contract.xhtml", "contract/contract.xhtml"),
            Map.entry("workspace/service-levels.xhtml", "servicelevel/service-levels.xhtml"),
            Map.entry("workspace/measurements.xhtml", "servicelevel/measurements.xhtml"),
            Map.entry("workspace/measurement.xhtml", "servicelevel/measurement.xhtml"),
            Map.entry("workspace/reliefs.xhtml", "servicelevel/reliefs.xhtml"),
            Map.entry("workspace/scorecard.xhtml", "servicelevel/scorecard.xhtml"),
            Map.entry("workspace/credits.xhtml", "servicelevel/credits.xhtml"),
            Map.entry("workspace/credit-simulator.xhtml", "servicelevel/credit-simulator.xhtml"),
            Map.entry("workspace/audit.xhtml", "audit/audit.xhtml"));

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private IsolationKit kit;
    private Fixtures.Person rmPerson;
    private long workspace;

    @BeforeEach
    void signIn() {
        fixtures = Fixtures.of(base);
        kit = fixtures.kit(base);
        rmPerson = fixtures.rm();
        workspace = fixtures.claimsWorkspace().id();
    }

    @Test
    void everyOldAddressRedirectsPermanentlyToItsNewOneKeepingTheQuery() {
        String query = "?workspace=" + workspace + "&to=2026-06&note=a%2Fb%20c";
        TandemClient rm = kit.as(rmPerson);

        assertAll(MOVED.entrySet().stream().map(page -> (Executable) () -> {
            HttpResponse<String> answer = rm.get(page.getKey() + query, true);
            assertEquals(301, answer.statusCode(), page.getKey());
            assertEquals(rm.uri(page.getValue() + query), location(rm, answer), page.getKey());
            assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), page.getKey());
        }));
    }

    @Test
    void theRedirectLeadsToThePageItNames() {
        TandemClient rm = kit.as(rmPerson);
        HttpResponse<String> old = rm.get("workspace/scorecard.xhtml?workspace=" + workspace + "&to=2026-06", true);

        HttpResponse<String> shown = rm.get(location(rm, old).toString(), true);

        assertEquals(301, old.statusCode());
        assertEquals(200, shown.statusCode(), shown.body());
        assertEquals(rm.get("servicelevel/scorecard.xhtml?workspace=" + workspace + "&to=2026-06", true).statusCode(),
                shown.statusCode());
        assertTrue(shown.body().contains("id=\"earlier\""), "the scorecard");
        assertTrue(shown.body().contains("/servicelevel/scorecard.xhtml?workspace=" + workspace), "linking to its new address");
    }

    @Test
    void anOldAddressAsksAnAnonymousVisitorToSignInFirstThenRedirects() {
        TandemClient visitor = TandemClient.anonymous(URI.create(base.toString()));
        String old = "workspace/audit.xhtml?workspace=" + workspace;

        HttpResponse<String> anonymous = visitor.get(old, true);
        HttpResponse<String> signedIn = visitor.signInAt(location(visitor, anonymous).toString(), rmPerson.email(),
                fixtures.password());
        HttpResponse<String> continued = visitor.get(location(visitor, signedIn).toString(), true);

        assertEquals(302, anonymous.statusCode(), "sign-in comes first, the redirect says nothing before it");
        assertEquals(visitor.uri("login.xhtml?continue=%2Fworkspace%2Faudit.xhtml%3Fworkspace%3D" + workspace),
                location(visitor, anonymous));
        assertEquals(302, signedIn.statusCode());
        assertEquals(visitor.uri(old), location(visitor, signedIn));
        assertEquals(301, continued.statusCode());
        assertEquals(visitor.uri("audit/audit.xhtml?workspace=" + workspace), location(visitor, continued));
    }

    @Test
    void aFormSentToAnOldAddressIsSentOnToTheNewOneAsItWas() {
        TandemClient rm = kit.as(rmPerson);

        HttpResponse<String> posted = rm.postForm("workspace/contracts.xhtml?workspace=" + workspace,
                Map.of("field", "value"));

        assertEquals(308, posted.statusCode());
        assertEquals(rm.uri("contract/contracts.xhtml?workspace=" + workspace), location(rm, posted));
    }

    @Test
    void theWorkspacesOwnPageStaysWhereItIs() {
        HttpResponse<String> home = kit.as(rmPerson).get("workspace/home.xhtml?workspace=" + workspace, true);

        assertEquals(200, home.statusCode());
    }

    /** Where a redirect points, made absolute against the address it answered. */
    private static URI location(TandemClient client, HttpResponse<String> answer) {
        return answer.request().uri().resolve(answer.headers().firstValue("Location").orElseThrow());
    }
}

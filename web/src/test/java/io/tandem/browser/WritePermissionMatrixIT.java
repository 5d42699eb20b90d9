package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.tenancy.OrganisationRole;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Role;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.TandemClient;
import io.tandem.testing.WriteEndpoints.Endpoint;
import io.tandem.testing.WriteEndpoints;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every role of the fixtures' claims workspace against every state-changing
 * endpoint, the expected outcome read from the one permission matrix ({@link Permission}, which the
 * pages also follow): a role without the endpoint's permission gets 403 exactly; a role with it
 * gets past the check (the request names no real record or carries nothing a rule accepts, so it
 * changes nothing either way). An endpoint that declares no permission, or only a read-only one,
 * fails the test.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class WritePermissionMatrixIT {

    @ArquillianResource
    URL base;

    @Test
    void everyWriteEndpointDeclaresAnActingPermission() {
        List<Endpoint> endpoints = WriteEndpoints.all();

        assertTrue(endpoints.size() >= 20, "found only " + endpoints);
        assertAll(endpoints.stream().map(endpoint -> (Executable) () -> {
            assertNotEquals(0, endpoint.requires().length, endpoint + " declares no @Requires");
            assertFalse(Arrays.stream(endpoint.requires()).anyMatch(Permission::readOnly),
                    endpoint + " declares a read-only permission");
        }));
    }

    @Test
    void everyRoleMayDoExactlyWhatTheMatrixGivesIt() {
        Fixtures fixtures = Fixtures.of(base);
        IsolationKit kit = fixtures.kit(base);
        long workspace = fixtures.claimsWorkspace().id();
        List<Executable> checks = new ArrayList<>();
        for (Endpoint endpoint : WriteEndpoints.all()) {
            String path = endpoint.path(Map.of("workspaceId", workspace));
            for (Map.Entry<Person, WorkspaceGrant> person : people(fixtures).entrySet()) {
                boolean allowed = Arrays.stream(endpoint.requires()).anyMatch(person.getValue()::allows);
                checks.add(() -> {
                    HttpResponse<String> response = send(kit.as(person.getKey()), endpoint, path);
                    String what = endpoint + " as " + person.getKey().email() + ": " + response.statusCode() + " "
                            + response.body();
                    if (allowed) {
                        assertNotEquals(403, response.statusCode(), what);
                        assertTrue(response.statusCode() < 500, what);
                    } else {
                        assertEquals(403, response.statusCode(), what);
                    }
                });
            }
        }
        assertAll(checks);
    }

    /** Who holds which grant in the claims workspace; the organisation roles hold no membership there. */
    private static Map<Person, WorkspaceGrant> people(Fixtures fixtures) {
        Map<Person, WorkspaceGrant> people = new LinkedHashMap<>();
        people.put(fixtures.rm(), grant(Role.CLIENT_RELATIONSHIP_MANAGER, null));
        people.put(fixtures.procurement(), grant(Role.PROCUREMENT, null));
        people.put(fixtures.analyst(), grant(Role.CLIENT_ANALYST, null));
        people.put(fixtures.accountManager(), grant(Role.PROVIDER_ACCOUNT_MANAGER, null));
        people.put(fixtures.teamMember(), grant(Role.PROVIDER_TEAM_MEMBER, null));
        people.put(fixtures.reviewer(), grant(Role.EXTERNAL_REVIEWER, null));
        people.put(fixtures.clientAdmin(), grant(null, OrganisationRole.ORG_ADMIN));
        people.put(fixtures.portfolioViewer(), grant(null, OrganisationRole.PORTFOLIO_VIEWER));
        return people;
    }

    static HttpResponse<String> send(TandemClient client, Endpoint endpoint, String path) {
        return switch (endpoint.method()) {
            case "DELETE" -> client.delete(path);
            case "PUT" -> client.putJson(path, endpoint.sampleBody());
            default -> endpoint.json() ? client.postJson(path, endpoint.sampleBody())
                    : endpoint.consumes().equals("text/csv") ? client.postCsv(path, endpoint.sampleBody())
                    : client.postFile(path, "attachment; filename=\"sample.pdf\"",
                            endpoint.sampleBody().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        };
    }

    private static WorkspaceGrant grant(Role role, OrganisationRole organisationRole) {
        return new WorkspaceGrant(0, "", 0, role == null ? Party.CLIENT : role.party(), role, organisationRole);
    }
}

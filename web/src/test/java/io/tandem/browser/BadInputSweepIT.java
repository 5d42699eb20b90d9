package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.tenancy.OrganisationRole;
import io.tandem.tenancy.Role;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import io.tandem.testing.WriteEndpoints.Endpoint;
import io.tandem.testing.WriteEndpoints.Field;
import io.tandem.testing.WriteEndpoints.Json.Raw;
import io.tandem.testing.WriteEndpoints;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * Hostile values in every JSON field of every state-changing endpoint (found by reflection, so a
 * new endpoint joins without editing this), sent by a user whose role may make the call, into a
 * draft contract of the sweep's own where a route names a contract: each must be refused with a
 * short 4xx problem, never a 5xx, and the workspace's audit chain (every change leaves an event in
 * it) must be exactly as long afterwards as before.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BadInputSweepIT {

    private static final int MAX_ANSWER_LENGTH = 4096;

    private static final List<Object> HOSTILE_NUMBERS = List.of(new Raw("1e1000000"), new Raw("-1e1000000"),
            new Raw("1e-1000000"), new Raw("1e17"), new Raw("1" + "0".repeat(399)), new Raw("0.00001"), "abc", true,
            Map.of(), List.of());
    private static final List<Object> HOSTILE_TEXT = List.of("x".repeat(100_000), "before\u0000after",
            Map.of(), List.of());
    // A year of nine digits is still a date to java.time, with no day or month after the last.
    private static final List<Object> HOSTILE_DATES = List.of("2026-13", "2026-02-30", "abc", new Raw("1e1000000"),
            List.of(), "+999999999-12-31", "+999999999-12", "-999999999-01-01", "-999999999-01");
    private static final List<Object> HOSTILE_NAMES = List.of("NO_SUCH_VALUE", new Raw("1e1000000"), Map.of());
    private static final List<String> HOSTILE_BODIES = List.of("", "null", "{\"body\":", "{", "[", "\"text\"",
            "1e1000000", "{\"a\":" + "[".repeat(10_000));

    @ArquillianResource
    URL base;

    @Test
    void hostileValuesAreRefusedWithAShortProblemAndChangeNothing() {
        Fixtures fixtures = Fixtures.of(base);
        IsolationKit kit = fixtures.kit(base);
        long workspace = fixtures.claimsWorkspace().id();
        long draft = draftContract(kit.as(fixtures.procurement()), workspace);
        Map<String, Long> ids = Map.of("workspaceId", workspace, "contractId", draft);
        long eventsBefore = eventsChecked(kit.as(fixtures.rm()), workspace);
        // The first of these whose role allows an endpoint makes the calls to it.
        Map<Person, WorkspaceGrant> callers = new LinkedHashMap<>();
        callers.put(fixtures.procurement(), grant(Role.PROCUREMENT));
        callers.put(fixtures.rm(), grant(Role.CLIENT_RELATIONSHIP_MANAGER));
        callers.put(fixtures.accountManager(), grant(Role.PROVIDER_ACCOUNT_MANAGER));

        List<Executable> checks = new ArrayList<>();
        for (Endpoint endpoint : WriteEndpoints.all()) {
            Person caller = callers.entrySet().stream()
                    .filter(c -> Arrays.stream(endpoint.requires()).anyMatch(c.getValue()::allows))
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(endpoint + ": no caller"));
            TandemClient client = kit.as(caller);
            String path = endpoint.path(ids);
            if (!endpoint.json()) {
                continue;
            }
            for (String body : HOSTILE_BODIES) {
                checks.add(() -> assertRefused(endpoint + " with body " + abbreviated(body), client, endpoint, path, body));
            }
            for (Field field : endpoint.fields()) {
                for (Object value : hostileFor(field.type())) {
                    String body = endpoint.bodyWith(field, value);
                    checks.add(() -> assertRefused(endpoint + " with " + field + " = " + abbreviated(String.valueOf(
                            value instanceof Raw raw ? raw.literal() : value)), client, endpoint, path, body));
                }
            }
        }
        assertAll(checks);
        assertEquals(eventsBefore, eventsChecked(kit.as(fixtures.rm()), workspace), "something was stored");
    }

    private static List<Object> hostileFor(Class<?> type) {
        if (type == String.class) {
            return HOSTILE_TEXT;
        }
        if (type == LocalDate.class || type == YearMonth.class) {
            return HOSTILE_DATES;
        }
        if (type.isEnum()) {
            return HOSTILE_NAMES;
        }
        if (type == BigDecimal.class || type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return HOSTILE_NUMBERS;
        }
        return List.of(new Raw("1e1000000"), "abc", Map.of());
    }

    private static void assertRefused(String what, TandemClient client, Endpoint endpoint, String path, String body) {
        HttpResponse<String> response;
        try {
            response = send(client, endpoint.method(), path, body);
        } catch (IllegalStateException e) {
            throw new AssertionError(what + " failed: " + e.getMessage(), e);
        }
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + " answered " + status + ": " + abbreviated(response.body()));
        assertTrue(response.body().length() <= MAX_ANSWER_LENGTH, what + " answered " + response.body().length()
                + " characters");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                what + " answered " + response.headers().firstValue("Content-Type").orElse("no type") + ": "
                        + abbreviated(response.body()));
    }

    private static HttpResponse<String> send(TandemClient client, String method, String path, String body) {
        return method.equals("PUT") ? client.putJson(path, body) : client.postJson(path, body);
    }

    private static long draftContract(TandemClient procurement, long workspace) {
        HttpResponse<String> created = procurement.postJson("api/v1/workspaces/" + workspace + "/contracts", """
                {"reference":"SWEEP-%d","type":"STATEMENT_OF_WORK","title":"Sweep target","effectiveDate":"2027-01-01",
                 "expiryDate":"2028-12-31","noticePeriodDays":30,"currency":"GBP","annualValue":120000,
                 "monthlyCharges":10000}""".formatted(System.nanoTime()));
        assertEquals(201, created.statusCode(), created.body());
        return JsonBody.id(created.body());
    }

    private static long eventsChecked(TandemClient reader, long workspace) {
        return JsonBody.number(reader.get("api/v1/workspaces/" + workspace + "/audit/verification").body(),
                "eventsChecked");
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    private static WorkspaceGrant grant(Role role) {
        return new WorkspaceGrant(0, "", 0, role.party(), role, (OrganisationRole) null);
    }
}

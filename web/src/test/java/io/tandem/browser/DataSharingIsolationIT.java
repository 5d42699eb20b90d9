package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-sharing agreements of the fixtures' claims workspace, their pages, endpoints and PDF, tried
 * as every outsider and every member whose role must not see or do it. The agreement is drafted
 * here by the client's relationship manager with a title of its own; every write tried is one that
 * must be refused, and the agreement is unchanged afterwards.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DataSharingIsolationIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Person[] tenantB;
    private IsolationKit kit;
    private long workspace;
    private String api;

    @BeforeEach
    void useTheClaimsWorkspace() {
        fixtures = Fixtures.of(base);
        tenantB = new Person[] {fixtures.otherClientRm(), fixtures.otherClientAnalyst(), fixtures.otherClientAdmin(),
            fixtures.otherProviderAccountManager(), fixtures.platformAdmin(), fixtures.providerAdmin()};
        kit = fixtures.kit(base);
        workspace = fixtures.claimsWorkspace().id();
        api = "api/v1/workspaces/" + workspace + "/data-sharing";
    }

    private static final String TERMS = "{\"direction\":\"PROVIDER_TO_CLIENT\","
            + "\"purpose\":\"Complaint root-cause analysis\",\"lawfulBasis\":\"LEGITIMATE_INTERESTS\","
            + "\"categories\":[{\"category\":\"TRANSCRIPTS\",\"sensitivity\":\"HIGH\"}],"
            + "\"locations\":[{\"country\":\"GB\"},{\"country\":\"ZA\","
            + "\"mechanism\":\"STANDARD_CONTRACTUAL_CLAUSES\",\"subProcessor\":\"Transcribe Cape\"}],"
            + "\"retentionMonths\":18,\"safeguards\":\"Pseudonymised before transfer\",\"reviewDate\":\"2030-06-30\"}";

    static String draftJson(String title) {
        return "{\"title\":\"" + title + "\",\"terms\":" + TERMS + "}";
    }

    @Test
    void agreementsTheirVersionsAndThePdf() {
        String title = "Transcripts " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = kit.as(fixtures.rm()).postJson(api + "/agreements", draftJson(title));
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find());
        long agreement = Long.parseLong(id.group(1));
        String one = api + "/agreements/" + agreement;

        kit.target("GET agreements", client -> client.get(api + "/agreements"))
                .revealing(title, "TRANSCRIPTS")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET agreement", client -> client.get(one))
                .revealing(title, "Transcribe Cape", "Pseudonymised before transfer")
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET version", client -> client.get(one + "/versions/1"))
                .revealing("Transcribe Cape")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET diff", client -> client.get(one + "/diff?from=1&to=1"))
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET pdf", client -> client.get(one + "/versions/1/pdf"))
                .revealing("%PDF-")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("agreements page", client -> client.get("datasharing/agreements.xhtml?workspace=" + workspace))
                .revealing(title)
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("agreement page", client -> client.get("datasharing/agreement.xhtml?workspace=" + workspace
                        + "&agreement=" + agreement))
                .revealing(title, "Transcribe Cape")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("register page", client -> client.get("datasharing/register.xhtml"))
                .revealing(title)
                .shownTo(fixtures.portfolioViewer())
                .hiddenFrom(tenantB);
        kit.target("GET register", client -> client.get("api/v1/data-sharing/register"))
                .revealing(title)
                .shownTo(fixtures.accountManager())
                .hiddenFrom(tenantB);

        kit.target("POST agreement", client -> client.postJson(api + "/agreements", draftJson("Intruder")))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.analyst(), fixtures.teamMember());
        kit.target("PUT agreement", client -> client.putJson(one, "{\"title\":\"Intruder\",\"terms\":" + TERMS
                        + ",\"version\":0}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.analyst(), fixtures.teamMember());
        kit.target("POST signature", client -> client.postJson(one + "/signatures", "{\"version\":0}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.procurement(), fixtures.analyst(), fixtures.teamMember());
        kit.target("POST revocation", client -> client.postJson(one + "/revocation",
                        "{\"reason\":\"Intruder\",\"version\":0}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.procurement(), fixtures.analyst(), fixtures.teamMember());
        kit.target("GET feeds", client -> client.get(api + "/feeds"))
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("POST feed", client -> client.postJson(api + "/feeds", "{\"agreementId\":" + agreement
                        + ",\"category\":\"TRANSCRIPTS\",\"rows\":1,\"description\":\"Intruder\"}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.analyst(), fixtures.reviewer());

        String after = kit.as(fixtures.rm()).get(one).body();
        assertTrue(after.contains("\"status\":\"DRAFT\"") && after.contains(title) && !after.contains("Intruder")
                && after.contains("\"signatures\":[]"), "the refused writes changed nothing: " + after);
    }
}

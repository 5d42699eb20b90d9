package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.IsolationKit;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Tenant A is the demo workspace "Northwind x Calltech: UK claims". Tenant B is everyone outside
 * it: Fabrikam (another client), Brightline (another provider of the same client), the platform
 * administrator, and Calltech's own organisation administrator, who holds no membership: the
 * client decides which of the provider's people see its workspace. Every page and endpoint showing A's data is tried as each of them, and as A's
 * members whose side or role must not see it.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class IsolationIT {

    private static final String[] TENANT_B = {"rm@fabrikam.example", "analyst@fabrikam.example",
        "admin@fabrikam.example", "am@brightline.example", "platform@tandem.example",
        "admin@calltech.example"};
    private static final String[] PROVIDER_SIDE_OF_A = {"am@calltech.example", "agent@calltech.example"};

    @ArquillianResource
    URL base;

    private IsolationKit kit;
    private long workspace;
    private String clientNote;

    @BeforeEach
    void createARecordOfTenantA() {
        kit = new IsolationKit(URI.create(base.toString()));
        workspace = workspaceId(kit.as("rm@northwind.example").get("api/v1/workspaces").body(),
                "Northwind x Calltech: UK claims");
        clientNote = "client-only " + UUID.randomUUID();
        assertEquals(201, kit.as("rm@northwind.example")
                .postJson(notes(), "{\"body\":\"" + clientNote + "\"}").statusCode());
    }

    @Test
    void theWorkspaceItself() {
        kit.target("GET workspace", client -> client.get("api/v1/workspaces/" + workspace))
                .revealing("Northwind x Calltech: UK claims", "Rita Mendes")
                .shownTo("rm@northwind.example")
                .refusedTo(TENANT_B);
        kit.target("workspace home page", client -> client.get("workspace/home.xhtml?workspace=" + workspace))
                .revealing("Northwind x Calltech: UK claims", "Carl Jensen")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B);
    }

    @Test
    void aPartyPrivateNote() {
        kit.target("GET notes", client -> client.get(notes()))
                .revealing(clientNote)
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .hiddenFrom(PROVIDER_SIDE_OF_A)
                .hiddenFrom("reviewer@qualis.example");
        kit.target("workspace home page", client -> client.get("workspace/home.xhtml?workspace=" + workspace))
                .revealing(clientNote)
                .shownTo("procurement@northwind.example")
                .refusedTo(TENANT_B)
                .hiddenFrom(PROVIDER_SIDE_OF_A);
    }

    @Test
    void theAuditTrail() {
        kit.target("GET audit", client -> client.get("api/v1/workspaces/" + workspace + "/audit?entityType=internal_notes"))
                .revealing(clientNote)
                .shownTo("rm@northwind.example")
                .refusedTo(TENANT_B)
                .refusedTo("reviewer@qualis.example")
                .hiddenFrom(PROVIDER_SIDE_OF_A);
        kit.target("audit page", client -> client.get("audit/audit.xhtml?workspace=" + workspace))
                .revealing(clientNote)
                .shownTo("rm@northwind.example")
                .refusedTo(TENANT_B)
                .refusedTo("reviewer@qualis.example")
                .hiddenFrom(PROVIDER_SIDE_OF_A);
        kit.target("GET verification", client -> client.get("api/v1/workspaces/" + workspace + "/audit/verification"))
                .revealing("\"intact\":true")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .refusedTo("reviewer@qualis.example");
    }

    @Test
    void writingIntoAnotherTenantsWorkspaceChangesNothing() {
        String intrusion = "intrusion " + UUID.randomUUID();
        kit.target("POST note", client -> client.postJson(notes(), "{\"body\":\"" + intrusion + "\"}"))
                .refusedTo(TENANT_B)
                .refusedTo("analyst@northwind.example", "reviewer@qualis.example");

        assertFalse(kit.as("rm@northwind.example").get(notes()).body().contains(intrusion));
        assertFalse(kit.as("am@calltech.example").get(notes()).body().contains(intrusion));
    }

    @Test
    void administrationPages() {
        kit.target("organisation users", client -> client.get("admin/users.xhtml"))
                .revealing("Ana Lindqvist", "analyst@northwind.example")
                .shownTo("admin@northwind.example")
                .refusedTo("rm@northwind.example", "am@calltech.example", "platform@tandem.example")
                .hiddenFrom("admin@fabrikam.example");
        kit.target("platform administration", client -> client.get("admin/platform.xhtml"))
                // not Fabrikam Retail: rm@fabrikam's own organisation, which every page's header names
                .revealing("Brightline Back Office", "Qualis Review")
                .shownTo("platform@tandem.example")
                .refusedTo("admin@northwind.example", "rm@fabrikam.example", "am@calltech.example");
    }

    @Test
    void aContractDocument() {
        String marker = "ISO-DOC-" + UUID.randomUUID().toString().substring(0, 8);
        String created = kit.as("procurement@northwind.example").postJson(
                "api/v1/workspaces/" + workspace + "/contracts", "{\"reference\":\"" + marker + "\",\"type\":\"MASTER_AGREEMENT\",\"title\":\"Claims handling\","
                        + "\"effectiveDate\":\"2026-01-01\",\"expiryDate\":\"2027-12-31\",\"noticePeriodDays\":90,"
                        + "\"renewalTerms\":\"\",\"currency\":\"GBP\",\"annualValue\":1000000,"
                        + "\"monthlyCharges\":80000}").body();
        String contractId = number(created, "id");
        String documents = "api/v1/workspaces/" + workspace + "/contracts/" + contractId + "/documents";
        String fileName = marker + " signed.pdf";
        byte[] pdf = ("%PDF-1.4\n% signed copy " + marker + "-content\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> uploaded = kit.as("procurement@northwind.example")
                .postFile(documents, "attachment; filename=\"" + fileName + "\"", pdf);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String document = "api/v1/workspaces/" + workspace + "/documents/" + number(uploaded.body(), "id");

        kit.target("GET documents", client -> client.get(documents))
                .revealing(fileName)
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .refusedTo("agent@calltech.example", "reviewer@qualis.example");
        kit.target("GET document", client -> client.get(document))
                .revealing(marker + "-content")
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .refusedTo("agent@calltech.example", "reviewer@qualis.example");
        kit.target("contract page", client -> client.get("contract/contract.xhtml?workspace=" + workspace
                        + "&contract=" + contractId))
                .revealing(fileName)
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .refusedTo("agent@calltech.example", "reviewer@qualis.example");

        String intrusion = "intrusion-" + marker + ".pdf";
        kit.target("POST document",
                        client -> client.postFile(documents, "attachment; filename=\"" + intrusion + "\"", pdf))
                .refusedTo(TENANT_B)
                .refusedTo("am@calltech.example", "analyst@northwind.example");
        String version = number(uploaded.body(), "version");
        kit.target("DELETE document", client -> client.delete(document + "?version=" + version))
                .refusedTo(TENANT_B)
                .refusedTo("am@calltech.example", "analyst@northwind.example");
        String listed = kit.as("rm@northwind.example").get(documents).body();
        assertTrue(listed.contains(fileName), listed);
        assertFalse(listed.contains(intrusion), listed);
    }

    @Test
    void aContractAndItsCommercialTerms() {
        String reference = "ISO-" + UUID.randomUUID().toString().substring(0, 8);
        String created = kit.as("procurement@northwind.example").postJson("api/v1/workspaces/" + workspace + "/contracts",
                "{\"reference\":\"" + reference + "\",\"type\":\"MASTER_AGREEMENT\",\"title\":\"Claims handling\","
                        + "\"effectiveDate\":\"2026-01-01\",\"expiryDate\":\"2027-12-31\",\"noticePeriodDays\":90,"
                        + "\"renewalTerms\":\"\",\"currency\":\"GBP\",\"annualValue\":1234567.89,"
                        + "\"monthlyCharges\":102880.66}").body();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
        assertTrue(id.find(), created);
        String contract = "api/v1/workspaces/" + workspace + "/contracts/" + id.group(1);

        kit.target("GET contract", client -> client.get(contract))
                .revealing(reference, "1234567.89")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .refusedTo("agent@calltech.example", "reviewer@qualis.example");
        kit.target("GET contracts", client -> client.get("api/v1/workspaces/" + workspace + "/contracts"))
                .revealing(reference)
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .refusedTo("agent@calltech.example", "reviewer@qualis.example");
        kit.target("POST status", client -> client.postJson(contract + "/status",
                        "{\"status\":\"IN_REVIEW\",\"version\":0}"))
                .refusedTo(TENANT_B)
                .refusedTo("am@calltech.example", "analyst@northwind.example");
        kit.target("contract page", client -> client.get("contract/contract.xhtml?workspace=" + workspace
                        + "&contract=" + id.group(1)))
                .revealing(reference)
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .refusedTo("agent@calltech.example", "reviewer@qualis.example");
        Matcher demoContract = Pattern.compile("\"contractId\":(\\d+),\"contractReference\":\"MSA-2025-001\"")
                .matcher(kit.as("rm@northwind.example").get("api/v1/workspaces/" + workspace + "/obligations/overdue").body());
        assertTrue(demoContract.find(), "the demo contract has an overdue obligation");
        kit.target("GET obligations", client -> client.get("api/v1/workspaces/" + workspace + "/contracts/"
                        + demoContract.group(1) + "/obligations"))
                .revealing("Send the monthly performance pack")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .refusedTo("agent@calltech.example", "reviewer@qualis.example");
        kit.target("GET overdue", client -> client.get("api/v1/workspaces/" + workspace + "/obligations/overdue"))
                .revealing("Send the monthly performance pack")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .refusedTo("reviewer@qualis.example");
        assertTrue(kit.as("procurement@northwind.example").get(contract).body().contains("\"status\":\"DRAFT\""));
    }

    @Test
    void aForeignWorkspaceAndANonexistentOneLookTheSame() {
        String foreign = kit.as("rm@fabrikam.example").get("api/v1/workspaces/" + workspace).body();
        String missing = kit.as("rm@fabrikam.example").get("api/v1/workspaces/987654321").body();

        assertEquals(missing, foreign);
    }

    private static String number(String json, String field) {
        Matcher number = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(number.find(), json);
        return number.group(1);
    }

    private String notes() {
        return "api/v1/workspaces/" + workspace + "/notes";
    }

    static long workspaceId(String json, String name) {
        Matcher id = Pattern.compile("\"id\":(\\d+),\"name\":\"" + Pattern.quote(name) + "\"").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return Long.parseLong(id.group(1));
    }
}

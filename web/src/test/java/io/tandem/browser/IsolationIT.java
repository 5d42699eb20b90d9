package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.JsonBody;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A is the fixtures' claims workspace (Harbour Mutual x Voxline). Tenant B is everyone
 * outside it: Marlow Retail (another client), Ledgerline (another provider of the same client), the
 * platform administrator, and Voxline's own organisation administrator, who holds no membership:
 * the client decides which of the provider's people see its workspace. Every page and endpoint
 * showing A's data is tried as each of them, and as A's members whose side or role must not see it.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class IsolationIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Person[] tenantB;
    private Person[] providerSideOfA;
    private IsolationKit kit;
    private long workspace;
    private String clientNote;

    @BeforeEach
    void createARecordOfTenantA() {
        fixtures = Fixtures.of(base);
        tenantB = new Person[] {fixtures.otherClientRm(), fixtures.otherClientAnalyst(), fixtures.otherClientAdmin(),
            fixtures.otherProviderAccountManager(), fixtures.platformAdmin(), fixtures.providerAdmin()};
        providerSideOfA = new Person[] {fixtures.accountManager(), fixtures.teamMember()};
        kit = fixtures.kit(base);
        workspace = fixtures.claimsWorkspace().id();
        clientNote = "client-only " + UUID.randomUUID();
        assertEquals(201, kit.as(fixtures.rm())
                .postJson(notes(), "{\"body\":\"" + clientNote + "\"}").statusCode());
    }

    @Test
    void theWorkspaceItself() {
        kit.target("GET workspace", client -> client.get("api/v1/workspaces/" + workspace))
                .revealing(fixtures.claimsWorkspace().name(), fixtures.rm().name())
                .shownTo(fixtures.rm())
                .refusedTo(tenantB);
        kit.target("workspace home page", client -> client.get("workspace/home.xhtml?workspace=" + workspace))
                .revealing(fixtures.claimsWorkspace().name(), fixtures.accountManager().name())
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB);
    }

    @Test
    void aPartyPrivateNote() {
        kit.target("GET notes", client -> client.get(notes()))
                .revealing(clientNote)
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .hiddenFrom(providerSideOfA)
                .hiddenFrom(fixtures.reviewer());
        kit.target("workspace home page", client -> client.get("workspace/home.xhtml?workspace=" + workspace))
                .revealing(clientNote)
                .shownTo(fixtures.procurement())
                .refusedTo(tenantB)
                .hiddenFrom(providerSideOfA);
    }

    @Test
    void theAuditTrail() {
        kit.target("GET audit", client -> client.get("api/v1/workspaces/" + workspace + "/audit?entityType=internal_notes"))
                .revealing(clientNote)
                .shownTo(fixtures.rm())
                .refusedTo(tenantB)
                .refusedTo(fixtures.reviewer())
                .hiddenFrom(providerSideOfA);
        kit.target("audit page", client -> client.get("audit/audit.xhtml?workspace=" + workspace))
                .revealing(clientNote)
                .shownTo(fixtures.rm())
                .refusedTo(tenantB)
                .refusedTo(fixtures.reviewer())
                .hiddenFrom(providerSideOfA);
        kit.target("GET verification", client -> client.get("api/v1/workspaces/" + workspace + "/audit/verification"))
                .revealing("\"intact\":true")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .refusedTo(fixtures.reviewer());
    }

    @Test
    void writingIntoAnotherTenantsWorkspaceChangesNothing() {
        String intrusion = "intrusion " + UUID.randomUUID();
        kit.target("POST note", client -> client.postJson(notes(), "{\"body\":\"" + intrusion + "\"}"))
                .refusedTo(tenantB)
                .refusedTo(fixtures.analyst(), fixtures.reviewer());

        assertFalse(kit.as(fixtures.rm()).get(notes()).body().contains(intrusion));
        assertFalse(kit.as(fixtures.accountManager()).get(notes()).body().contains(intrusion));
    }

    @Test
    void administrationPages() {
        kit.target("organisation users", client -> client.get("admin/users.xhtml"))
                .revealing(fixtures.analyst().name(), fixtures.analyst().email())
                .shownTo(fixtures.clientAdmin())
                .refusedTo(fixtures.rm(), fixtures.accountManager(), fixtures.platformAdmin())
                .hiddenFrom(fixtures.otherClientAdmin());
        kit.target("platform administration", client -> client.get("admin/platform.xhtml"))
                .revealing(fixtures.otherClientName(), fixtures.reviewerFirmName())
                .shownTo(fixtures.platformAdmin())
                // no one of Marlow Retail or Verity Review: every page's header names the caller's own organisation
                .refusedTo(fixtures.clientAdmin(), fixtures.rm(), fixtures.accountManager(),
                        fixtures.otherProviderAccountManager());
    }

    @Test
    void aContractDocument() {
        String marker = "ISO-DOC-" + UUID.randomUUID().toString().substring(0, 8);
        String created = kit.as(fixtures.procurement()).postJson(
                "api/v1/workspaces/" + workspace + "/contracts", "{\"reference\":\"" + marker + "\",\"type\":\"MASTER_AGREEMENT\",\"title\":\"Claims handling\","
                        + "\"effectiveDate\":\"2026-01-01\",\"expiryDate\":\"2027-12-31\",\"noticePeriodDays\":90,"
                        + "\"renewalTerms\":\"\",\"currency\":\"GBP\",\"annualValue\":1000000,"
                        + "\"monthlyCharges\":80000}").body();
        long contractId = JsonBody.id(created);
        String documents = "api/v1/workspaces/" + workspace + "/contracts/" + contractId + "/documents";
        String fileName = marker + " signed.pdf";
        byte[] pdf = ("%PDF-1.4\n% signed copy " + marker + "-content\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> uploaded = kit.as(fixtures.procurement())
                .postFile(documents, "attachment; filename=\"" + fileName + "\"", pdf);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String document = "api/v1/workspaces/" + workspace + "/documents/" + JsonBody.id(uploaded.body());

        kit.target("GET documents", client -> client.get(documents))
                .revealing(fileName)
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .refusedTo(fixtures.teamMember(), fixtures.reviewer());
        kit.target("GET document", client -> client.get(document))
                .revealing(marker + "-content")
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .refusedTo(fixtures.teamMember(), fixtures.reviewer());
        kit.target("contract page", client -> client.get("contract/contract.xhtml?workspace=" + workspace
                        + "&contract=" + contractId))
                .revealing(fileName)
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .refusedTo(fixtures.teamMember(), fixtures.reviewer());

        String intrusion = "intrusion-" + marker + ".pdf";
        kit.target("POST document",
                        client -> client.postFile(documents, "attachment; filename=\"" + intrusion + "\"", pdf))
                .refusedTo(tenantB)
                .refusedTo(fixtures.accountManager(), fixtures.analyst());
        long version = JsonBody.number(uploaded.body(), "version");
        kit.target("DELETE document", client -> client.delete(document + "?version=" + version))
                .refusedTo(tenantB)
                .refusedTo(fixtures.accountManager(), fixtures.analyst());
        String listed = kit.as(fixtures.rm()).get(documents).body();
        assertTrue(listed.contains(fileName), listed);
        assertFalse(listed.contains(intrusion), listed);
    }

    @Test
    void aContractAndItsCommercialTerms() {
        String reference = "ISO-" + UUID.randomUUID().toString().substring(0, 8);
        String created = kit.as(fixtures.procurement()).postJson("api/v1/workspaces/" + workspace + "/contracts",
                "{\"reference\":\"" + reference + "\",\"type\":\"MASTER_AGREEMENT\",\"title\":\"Claims handling\","
                        + "\"effectiveDate\":\"2026-01-01\",\"expiryDate\":\"2027-12-31\",\"noticePeriodDays\":90,"
                        + "\"renewalTerms\":\"\",\"currency\":\"GBP\",\"annualValue\":1234567.89,"
                        + "\"monthlyCharges\":102880.66}").body();
        long id = JsonBody.id(created);
        String contract = "api/v1/workspaces/" + workspace + "/contracts/" + id;

        kit.target("GET contract", client -> client.get(contract))
                .revealing(reference, "1234567.89")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .refusedTo(fixtures.teamMember(), fixtures.reviewer());
        kit.target("GET contracts", client -> client.get("api/v1/workspaces/" + workspace + "/contracts"))
                .revealing(reference)
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .refusedTo(fixtures.teamMember(), fixtures.reviewer());
        kit.target("POST status", client -> client.postJson(contract + "/status",
                        "{\"status\":\"IN_REVIEW\",\"version\":0}"))
                .refusedTo(tenantB)
                .refusedTo(fixtures.accountManager(), fixtures.analyst());
        kit.target("contract page", client -> client.get("contract/contract.xhtml?workspace=" + workspace
                        + "&contract=" + id))
                .revealing(reference)
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .refusedTo(fixtures.teamMember(), fixtures.reviewer());
        long contractInForce = fixtures.contract().id();
        kit.target("GET obligations", client -> client.get("api/v1/workspaces/" + workspace + "/contracts/"
                        + contractInForce + "/obligations"))
                .revealing("Send the monthly performance pack")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .refusedTo(fixtures.teamMember(), fixtures.reviewer());
        kit.target("GET overdue", client -> client.get("api/v1/workspaces/" + workspace + "/obligations/overdue"))
                .revealing("Send the monthly performance pack")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .refusedTo(fixtures.reviewer());
        assertTrue(kit.as(fixtures.procurement()).get(contract).body().contains("\"status\":\"DRAFT\""));
    }

    @Test
    void aForeignWorkspaceAndANonexistentOneLookTheSame() {
        String foreign = kit.as(fixtures.otherClientRm()).get("api/v1/workspaces/" + workspace).body();
        String missing = kit.as(fixtures.otherClientRm()).get("api/v1/workspaces/987654321").body();

        assertEquals(missing, foreign);
    }

    private String notes() {
        return "api/v1/workspaces/" + workspace + "/notes";
    }
}

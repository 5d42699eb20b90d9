package io.tandem.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
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
 * An idea of the fixtures' claims workspace, with a comment and an attachment, tried on every
 * page and endpoint as every outsider and every member whose role must not see or do it. The
 * writes tried are all ones that must be refused.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class IdeaIsolationIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Person[] tenantB;
    private IsolationKit kit;
    private String api;
    private long workspace;
    private long idea;
    private long attachment;
    private String title;
    private long version;

    @BeforeEach
    void anIdeaOfTheClaimsWorkspace() {
        fixtures = Fixtures.of(base);
        tenantB = new Person[] {fixtures.otherClientRm(), fixtures.otherClientAnalyst(), fixtures.otherClientAdmin(),
            fixtures.otherProviderAccountManager(), fixtures.platformAdmin(), fixtures.providerAdmin()};
        kit = fixtures.kit(base);
        workspace = fixtures.claimsWorkspace().id();
        api = "api/v1/workspaces/" + workspace;
        title = "Callback offer " + UUID.randomUUID().toString().substring(0, 8);
        TandemClient provider = kit.as(fixtures.accountManager());
        HttpResponse<String> created = provider.postJson(api + "/ideas", """
                {"title": "%s", "problem": "Queue peaks at lunchtime", "proposal": "Offer a callback slot",
                 "touchpoint": "Claims hotline", "effort": "SMALL"}""".formatted(title));
        assertEquals(201, created.statusCode(), created.body());
        idea = JsonBody.id(created.body());
        version = JsonBody.number(created.body(), "version");
        assertEquals(201, provider.postJson(api + "/ideas/" + idea + "/comments",
                "{\"body\": \"Secret costing 4711\"}").statusCode());
        HttpResponse<String> file = provider.postFile(api + "/ideas/" + idea + "/attachments",
                "attachment; filename=\"costing.pdf\"", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, file.statusCode(), file.body());
        attachment = JsonBody.id(file.body());
    }

    @Test
    void readingIdeas() {
        kit.target("GET ideas", client -> client.get(api + "/ideas"))
                .revealing(title).shownTo(fixtures.teamMember()).refusedTo(tenantB).forbiddenTo(fixtures.reviewer());
        kit.target("GET idea", client -> client.get(api + "/ideas/" + idea))
                .revealing(title, "Queue peaks").shownTo(fixtures.analyst()).refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET comments", client -> client.get(api + "/ideas/" + idea + "/comments"))
                .revealing("Secret costing 4711").shownTo(fixtures.rm()).refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET attachments", client -> client.get(api + "/ideas/" + idea + "/attachments"))
                .revealing("costing.pdf").shownTo(fixtures.portfolioViewer()).refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET attachment", client -> client.get(api + "/idea-attachments/" + attachment))
                .revealing("%PDF-1.4").shownTo(fixtures.rm()).refusedTo(tenantB).forbiddenTo(fixtures.reviewer());
        kit.target("GET measured benefit", client -> client.get(api + "/ideas/" + idea + "/measured-benefit"))
                .refusedTo(tenantB).forbiddenTo(fixtures.reviewer());
        kit.target("GET innovation figures", client -> client.get("api/v1/innovation/workspaces/" + workspace))
                .revealing("byProvider").shownTo(fixtures.clientAdmin()).refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("ideas page", client -> client.get("improvement/ideas.xhtml?workspace=" + workspace))
                .revealing(title).shownTo(fixtures.teamMember()).refusedTo(tenantB).forbiddenTo(fixtures.reviewer());
        kit.target("idea page", client -> client.get("improvement/idea.xhtml?workspace=" + workspace + "&idea=" + idea))
                .revealing(title, "Secret costing 4711", "costing.pdf").shownTo(fixtures.procurement())
                .refusedTo(tenantB).forbiddenTo(fixtures.reviewer());
        kit.target("idea page of another workspace's id", client -> client.get("improvement/idea.xhtml?workspace="
                        + fixtures.policyAdministrationWorkspace().id() + "&idea=" + idea))
                .revealing(title).refusedTo(fixtures.rm(), fixtures.otherProviderAccountManager());
        // the header names the caller's own workspaces on every page, so the portfolio's secret is its link
        kit.target("portfolio page", client -> client.get("improvement/portfolio.xhtml"))
                .revealing("improvement/ideas.xhtml?workspace=" + workspace).shownTo(fixtures.portfolioViewer())
                .forbiddenTo(fixtures.accountManager(), fixtures.teamMember())
                .hiddenFrom(fixtures.otherClientRm(), fixtures.otherClientAdmin());
        kit.target("GET portfolio", client -> client.get("api/v1/innovation/portfolio"))
                .revealing(fixtures.claimsWorkspace().name()).shownTo(fixtures.rm())
                .forbiddenTo(fixtures.accountManager(), fixtures.otherProviderAccountManager())
                .hiddenFrom(fixtures.otherClientRm());
    }

    @Test
    void writingIdeas() {
        String path = api + "/ideas/" + idea;
        kit.target("POST transition", client -> client.postJson(path + "/transitions",
                        "{\"to\": \"UNDER_REVIEW\", \"version\": " + version + "}"))
                .refusedTo(tenantB).forbiddenTo(fixtures.analyst(), fixtures.procurement(), fixtures.reviewer(),
                        fixtures.accountManager(), fixtures.teamMember());
        kit.target("PUT idea", client -> client.putJson(path, """
                        {"title": "Hijacked", "problem": "x", "proposal": "y", "effort": "LARGE", "version": %d}""".formatted(version)))
                .refusedTo(tenantB).forbiddenTo(fixtures.analyst(), fixtures.reviewer(), fixtures.rm());
        kit.target("POST vote", client -> client.postJson(path + "/vote", "{}"))
                .refusedTo(tenantB).forbiddenTo(fixtures.analyst(), fixtures.reviewer());
        kit.target("POST comment", client -> client.postJson(path + "/comments", "{\"body\": \"Intruder\"}"))
                .refusedTo(tenantB).forbiddenTo(fixtures.analyst(), fixtures.reviewer());
        kit.target("POST benefit", client -> client.postJson(path + "/benefit",
                        "{\"saving\": 1, \"version\": " + version + "}"))
                .refusedTo(tenantB).forbiddenTo(fixtures.teamMember(), fixtures.procurement(), fixtures.analyst());
        kit.target("POST attachment", client -> client.postFile(path + "/attachments",
                        "attachment; filename=\"x.pdf\"", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)))
                .refusedTo(tenantB).forbiddenTo(fixtures.analyst(), fixtures.reviewer());
        kit.target("DELETE attachment", client -> client.delete(api + "/idea-attachments/" + attachment + "?version=0"))
                .refusedTo(tenantB).forbiddenTo(fixtures.analyst(), fixtures.rm());
        assertEquals(title, JsonBody.object(kit.as(fixtures.rm()).get(path).body()).getString("title"));
    }
}

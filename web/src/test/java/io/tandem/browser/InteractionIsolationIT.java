package io.tandem.browser;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The claims workspace's interaction imports (one stored file, see {@code SharedFixtures}) tried
 * as every outsider and every member whose role must not see or change them. Every write tried
 * here is one that must be refused, so the fixtures stay as they are.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class InteractionIsolationIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Person[] tenantB;
    private IsolationKit kit;
    private String api;
    private long workspace;

    @BeforeEach
    void useTheClaimsWorkspace() {
        fixtures = Fixtures.of(base);
        tenantB = new Person[] {fixtures.otherClientRm(), fixtures.otherClientAnalyst(), fixtures.otherClientAdmin(),
            fixtures.otherProviderAccountManager(), fixtures.platformAdmin(), fixtures.providerAdmin()};
        kit = fixtures.kit(base);
        workspace = fixtures.claimsWorkspace().id();
        api = "api/v1/workspaces/" + workspace + "/interactions/imports";
    }

    @Test
    void theImportHistoryInTheApiAndOnThePage() {
        Fixtures.InteractionImport imported = fixtures.interactionImport();
        kit.target("GET imports", client -> client.get(api))
                .revealing(imported.fileName())
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET import", client -> client.get(api + "/" + imported.id()))
                .revealing(imported.fileName())
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("interaction imports page", client -> client.get("interaction/imports.xhtml?workspace=" + workspace))
                .revealing(imported.fileName())
                .shownTo(fixtures.rm())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET import from another workspace", client -> client.get("api/v1/workspaces/"
                        + fixtures.policyAdministrationWorkspace().id() + "/interactions/imports/" + imported.id()))
                .revealing(imported.fileName())
                .refusedTo(fixtures.otherProviderAccountManager(), fixtures.rm());
    }

    @Test
    void importingAndDeletingAreRefusedToEveryoneButTheProvidersPeople() {
        long id = fixtures.interactionImport().id();
        kit.target("POST import", client -> client.postCsv(api + "?fileName=x.csv",
                        "record_id,channel,queue,offered_at,abandoned,wait_seconds\nX-1,VOICE,Q,2026-10-01 08:00,true,1\n"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.procurement(), fixtures.analyst(), fixtures.reviewer());
        kit.target("DELETE import", client -> client.delete(api + "/" + id + "?version=0"))
                .revealing(fixtures.interactionImport().fileName())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.procurement(), fixtures.analyst(), fixtures.reviewer());
    }
}

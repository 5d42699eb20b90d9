package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.TandemClient;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workspace dashboard and the portfolio of the fixtures' claims workspace, by page and by
 * endpoint, tried as every outsider and every member whose role must not see them; the portfolio as
 * every user who is not the client. A table's export is a postback of the page's own view, which
 * holds the rows loaded for the one signed-in user, so refusing the page refuses its exports
 * (DashboardPagesIT checks that an export holds exactly the rows shown).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DashboardIsolationIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Person[] tenantB;
    private IsolationKit kit;
    private long workspace;

    @BeforeEach
    void useTheClaimsWorkspace() {
        fixtures = Fixtures.of(base);
        tenantB = new Person[] {fixtures.otherClientRm(), fixtures.otherClientAnalyst(), fixtures.otherClientAdmin(),
            fixtures.otherProviderAccountManager(), fixtures.platformAdmin(), fixtures.providerAdmin()};
        kit = fixtures.kit(base);
        workspace = fixtures.claimsWorkspace().id();
    }

    @Test
    void theWorkspaceDashboard() {
        String api = "api/v1/workspaces/" + workspace + "/dashboard?from=2026-04&to=2026-10";
        kit.target("GET dashboard", client -> client.get(api))
                .revealing("Calls answered within 20 s", "73.4", "attainment")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET dashboard credits", client -> client.get(api))
                .revealing("yearToDate", "pendingEarnBack")
                .shownTo(fixtures.analyst())
                .hiddenFrom(fixtures.teamMember());
        kit.target("dashboard page", client -> client.get("dashboard/workspace.xhtml?workspace=" + workspace
                        + "&from=2026-04&to=2026-10"))
                .revealing("Calls answered within 20 s", "73.4")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("dashboard page credits", client -> client.get("dashboard/workspace.xhtml?workspace=" + workspace
                        + "&from=2026-04&to=2026-10"))
                .revealing("credits:list")
                .shownTo(fixtures.rm())
                .hiddenFrom(fixtures.teamMember());
    }

    /**
     * A month in the form yyyy-MM only: a nine-digit year is a month to {@link java.time.YearMonth},
     * and adding the range's eleven months to it had failed with a 500 rather than refusing it.
     */
    @Test
    void aMonthBeyondTheFormIsRefusedNotAServerError() {
        TandemClient rm = kit.as(fixtures.rm());
        String far = "%2B999999999-12";
        HttpResponse<String> api = rm.get("api/v1/workspaces/" + workspace + "/dashboard?from=" + far);
        assertEquals(422, api.statusCode(), api.body());
        assertTrue(api.body().contains("not in the form yyyy-MM"), api.body());
        assertEquals(422, rm.get("api/v1/portfolio?to=" + far).statusCode());
        assertEquals(404, rm.get("dashboard/workspace.xhtml?workspace=" + workspace + "&from=" + far).statusCode());
        assertEquals(404, rm.get("dashboard/portfolio.xhtml?to=" + far).statusCode());
    }

    @Test
    void thePortfolioIsTheClientsAlone() {
        String name = fixtures.claimsWorkspace().name();
        Person[] notTheClient = {fixtures.accountManager(), fixtures.teamMember(), fixtures.reviewer(),
            fixtures.providerAdmin(), fixtures.otherProviderAccountManager(), fixtures.platformAdmin()};
        kit.target("GET portfolio", client -> client.get("api/v1/portfolio?from=2026-04&to=2026-10"))
                .revealing(name, "attainment")
                .shownTo(fixtures.portfolioViewer())
                .forbiddenTo(notTheClient);
        kit.target("GET portfolio, another client", client -> client.get("api/v1/portfolio?from=2026-04&to=2026-10"))
                .revealing(name)
                .shownTo(fixtures.rm())
                .hiddenFrom(fixtures.otherClientRm(), fixtures.otherClientAnalyst(), fixtures.otherClientAdmin());
        // the provider's people see the workspace's name in their own header: the table is what they must not get
        kit.target("portfolio page", client -> client.get("dashboard/portfolio.xhtml?from=2026-04&to=2026-10"))
                .revealing("portfolio:list", "portfolio:list-pdf")
                .shownTo(fixtures.clientAdmin())
                .forbiddenTo(notTheClient);
        kit.target("portfolio page, another client", client -> client.get("dashboard/portfolio.xhtml"))
                .revealing(name)
                .shownTo(fixtures.clientAdmin())
                .hiddenFrom(fixtures.otherClientRm(), fixtures.otherClientAnalyst(), fixtures.otherClientAdmin());
    }
}

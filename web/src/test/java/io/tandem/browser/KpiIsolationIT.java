package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.ComputedLevel;
import io.tandem.testing.Fixtures.Person;
import io.tandem.testing.IsolationKit;
import io.tandem.testing.TandemClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The computed KPIs of the fixtures' policy-administration workspace (its computed level, see
 * {@code SharedFixtures}): the monthly series, the intraday profile, the early warning, the
 * computed measurement, the pages that show them and the early warning's exports, tried as every
 * outsider (404 exactly: the claims workspace's people, the other client's, the claims provider's
 * administrator, the platform administrator), under other workspaces' ids by people who belong to
 * those, and as members whose role must not read or change them (403). Every target is first shown
 * to someone who may see it, with the figures it must not leak to anyone else. Nothing here changes
 * the fixtures: every write tried is one that must be refused.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class KpiIsolationIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    private Fixtures fixtures;
    private Person[] outsiders;
    private IsolationKit kit;
    private ComputedLevel computed;
    private String name;
    private long workspace;
    private long level;
    private String api;

    @BeforeEach
    void useThePolicyAdministrationWorkspace() {
        fixtures = Fixtures.of(base);
        outsiders = new Person[] {fixtures.accountManager(), fixtures.teamMember(), fixtures.analyst(),
            fixtures.reviewer(), fixtures.providerAdmin(), fixtures.otherClientRm(), fixtures.otherClientAnalyst(),
            fixtures.otherClientAdmin(), fixtures.platformAdmin()};
        kit = fixtures.kit(base);
        computed = fixtures.computedLevel();
        name = computed.level().name();
        level = computed.level().id();
        workspace = fixtures.policyAdministrationWorkspace().id();
        api = "api/v1/workspaces/" + workspace;
    }

    @Test
    void theSeriesTheIntradayProfileAndTheComputedMeasurementInTheApi() {
        String month = computed.month().toString();
        String series = "/service-levels/" + level + "/kpis?from=" + month + "&to=" + month;
        kit.target("GET kpis", client -> client.get(api + series))
                .revealing("63.64", "\"offered\":11")
                .shownTo(fixtures.otherProviderAccountManager())
                .shownTo(fixtures.portfolioViewer())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        String intraday = "/service-levels/" + level + "/intraday?day=" + computed.day();
        kit.target("GET intraday", client -> client.get(api + intraday))
                .revealing(name, "66.67")
                .shownTo(fixtures.otherProviderAccountManager())
                .shownTo(fixtures.clientAdmin())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        kit.target("GET intraday of one queue", client -> client.get(api + intraday + "&queue=Policy"))
                .revealing(name, "66.67")
                .shownTo(fixtures.procurement())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        kit.target("GET computed level", client -> client.get(api + "/service-levels/" + level))
                .revealing(name, "FAILURE")
                .shownTo(fixtures.otherProviderAccountManager())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        kit.target("GET computed level's measurements", client -> client.get(api + "/service-levels/" + level
                        + "/measurements"))
                .revealing("63.64", "COMPUTED")
                .shownTo(fixtures.rm())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        kit.target("GET computed measurement", client -> client.get(api + "/measurements/" + computed.measurement()))
                .revealing(name, "63.64", "7 / 11")
                .shownTo(fixtures.otherProviderAccountManager())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
    }

    @Test
    void theEarlyWarningInTheApi() {
        kit.target("GET early warning", client -> client.get(api + "/early-warning?asOf=" + computed.day()))
                .revealing(name, "63.64")
                .shownTo(fixtures.otherProviderAccountManager())
                .shownTo(fixtures.portfolioViewer())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
    }

    /** A record of one workspace asked for under another's id, by people who belong to that other one. */
    @Test
    void theLevelsIdsUnderAnotherWorkspaceFindNothing() {
        long claims = fixtures.claimsWorkspace().id();
        long returns = fixtures.returnsDeskWorkspace().id();
        String month = computed.month().toString();
        for (long other : new long[] {claims, returns}) {
            String elsewhere = "api/v1/workspaces/" + other;
            Person[] membersThere = other == claims
                    ? new Person[] {fixtures.rm(), fixtures.accountManager(), fixtures.analyst()}
                    : new Person[] {fixtures.otherClientRm(), fixtures.otherProviderAccountManager()};
            kit.target("GET kpis under " + other, client -> client.get(elsewhere + "/service-levels/" + level
                            + "/kpis?from=" + month + "&to=" + month))
                    .revealing("63.64", name)
                    .notFoundTo(membersThere);
            kit.target("GET intraday under " + other, client -> client.get(elsewhere + "/service-levels/" + level
                            + "/intraday?day=" + computed.day()))
                    .revealing("66.67", name)
                    .notFoundTo(membersThere);
            kit.target("GET measurement under " + other, client -> client.get(elsewhere + "/measurements/"
                            + computed.measurement()))
                    .revealing("63.64", name)
                    .notFoundTo(membersThere);
            kit.target("intraday page under " + other, client -> client.get("analytics/intraday.xhtml?workspace="
                            + other + "&level=" + level + "&day=" + computed.day()))
                    .revealing("66.67", name)
                    .notFoundTo(membersThere);
            kit.target("measurement page under " + other, client -> client.get("servicelevel/measurement.xhtml?"
                            + "workspace=" + other + "&measurement=" + computed.measurement()))
                    .revealing("63.64", name)
                    .notFoundTo(membersThere);
            kit.target("PUT computation under " + other, client -> client.putJson(elsewhere + "/service-levels/"
                            + level + "/computation", "{\"computed\":false,\"version\":999}"))
                    .notFoundTo(other == claims ? new Person[] {fixtures.rm(), fixtures.procurement()}
                            : new Person[] {fixtures.otherClientRm()});
        }
    }

    @Test
    void changingTheComputationIsTheClientsAlone() {
        String computation = api + "/service-levels/" + level + "/computation";
        // the route is there and the client's RM may use it: a stale version is all that stops this one
        assertEquals(409, kit.as(fixtures.rm()).putJson(computation, "{\"computed\":false,\"version\":999}")
                .statusCode());
        kit.target("PUT computation", client -> client.putJson(computation, "{\"computed\":false,\"version\":999}"))
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.otherProviderAccountManager(), fixtures.policyReviewer(), fixtures.clientAdmin(),
                        fixtures.portfolioViewer());
        assertTrue(kit.as(fixtures.rm()).get(api + "/service-levels/" + level).body().contains("FAILURE"),
                "the refused changes left the level computed");
    }

    @Test
    void theIntradayPageTheScorecardAndTheMonthsPage() {
        kit.target("intraday page", client -> client.get("analytics/intraday.xhtml?workspace=" + workspace
                        + "&level=" + level + "&day=" + computed.day()))
                .revealing(name, "66.67", "60 %")
                .shownTo(fixtures.otherProviderAccountManager())
                .shownTo(fixtures.portfolioViewer())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        kit.target("scorecard page", client -> client.get("servicelevel/scorecard.xhtml?workspace=" + workspace
                        + "&to=" + computed.month()))
                .revealing(name, "63.64")
                .shownTo(fixtures.otherProviderAccountManager())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        kit.target("measurement page", client -> client.get("servicelevel/measurement.xhtml?workspace=" + workspace
                        + "&measurement=" + computed.measurement()))
                .revealing(name, "63.64", "7 / 11")
                .shownTo(fixtures.rm())
                .shownTo(fixtures.otherProviderAccountManager())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        kit.target("dashboard page", client -> client.get("dashboard/workspace.xhtml?workspace=" + workspace))
                .revealing(name)
                .shownTo(fixtures.otherProviderAccountManager())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
    }

    @Test
    void thisMonthsEarlyWarningInTheApiOnTheScorecardAndTheHomePageAndItsExports() {
        underWay();
        kit.target("GET early warning as of yesterday", client -> client.get(api + "/early-warning"))
                .revealing(name, "33.33", "\"breachProjected\":true")
                .shownTo(fixtures.rm())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        String scorecard = "servicelevel/scorecard.xhtml?workspace=" + workspace;
        String home = "workspace/home.xhtml?workspace=" + workspace;
        kit.target("scorecard's early warning", client -> client.get(scorecard))
                .revealing(name, "33.33", "warnings-form:list")
                .shownTo(fixtures.otherProviderAccountManager())
                .notFoundTo(outsiders)
                .forbiddenTo(fixtures.policyReviewer());
        // the reviewer opens the workspace's home, but reads no service levels
        kit.target("home page's early warning", client -> client.get(home))
                .revealing(name, "33.33", "warnings-form:list")
                .shownTo(fixtures.rm())
                .shownTo(fixtures.otherProviderAccountManager())
                .notFoundTo(outsiders)
                .hiddenFrom(fixtures.policyReviewer());
        for (String page : new String[] {scorecard, home}) {
            for (String type : new String[] {"csv", "xlsx", "pdf"}) {
                HttpResponse<String> file = export(page, type).apply(kit.as(fixtures.rm()));
                assertEquals(200, file.statusCode(), page + " " + type);
                assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                        page + " " + type + " gave no file: " + file.headers());
            }
            kit.target("CSV export of " + page, export(page, "csv"))
                    .revealing(name, "33.33")
                    .shownTo(fixtures.otherProviderAccountManager())
                    .notFoundTo(outsiders);
            // the owner's view replayed in another session: it gives the owner the file, and no one else
            // anything, since the view and its rows live in the owner's session
            String ownersView = viewState(kit.as(fixtures.rm()).get(page, true));
            kit.target("CSV export of " + page + " in another session", client -> client.postForm(page,
                            exportFields("csv", ownersView)))
                    .revealing(name, "33.33")
                    .shownTo(fixtures.rm())
                    .hiddenFrom(outsiders)
                    .hiddenFrom(fixtures.policyReviewer());
        }
        kit.target("home page's CSV export", export(home, "csv"))
                .revealing(name, "33.33")
                .hiddenFrom(fixtures.policyReviewer());
    }

    /** Goes on only if a day of this month is over (yesterday's contacts): on the first there is none to warn about. */
    private void underWay() {
        assumeTrue(computed.monthUnderWay().isPresent(), "the first of a month: no day of this month is over yet");
    }

    /**
     * The early warning's export as the caller's browser asks for it: the page, then a postback of
     * its export button in the caller's own session. A caller refused the page gets that refusal.
     */
    private Function<TandemClient, HttpResponse<String>> export(String page, String type) {
        return client -> {
            HttpResponse<String> shown = client.get(page, true);
            Matcher viewState = VIEW_STATE.matcher(shown.body());
            if (shown.statusCode() != 200 || !viewState.find()) {
                return shown;
            }
            return client.postForm(page, exportFields(type, viewState.group(1)));
        };
    }

    private static Map<String, String> exportFields(String type, String viewState) {
        return Map.of("warnings-form", "warnings-form", "warnings-form:list-" + type, "",
                "jakarta.faces.ViewState", viewState);
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), "no view state on the page");
        return viewState.group(1);
    }
}

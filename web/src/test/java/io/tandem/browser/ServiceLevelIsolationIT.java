package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Service levels, measurements, disputes, relief, the scorecard, credits and the simulator of the
 * fixtures' claims workspace (see {@code SharedFixtures} for its figures), tried as every outsider
 * and every member whose role must not see or do it. Nothing here changes the fixtures: every write
 * is one that must be refused.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ServiceLevelIsolationIT {

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
        api = "api/v1/workspaces/" + workspace;
    }

    @Test
    void serviceLevelsAndTheScorecard() {
        kit.target("GET service levels", client -> client.get(api + "/service-levels"))
                .revealing("Calls answered within 20 s", "FIRST_CONTACT_RESOLUTION")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        long level = fixtures.abandonment().id();
        kit.target("GET service level", client -> client.get(api + "/service-levels/" + level))
                .revealing("appliesFrom")
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET scorecard", client -> client.get(api + "/performance/scorecard?from=2026-04&to=2026-10"))
                .revealing("Calls answered within 20 s", "73.4")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("scorecard page", client -> client.get("servicelevel/scorecard.xhtml?workspace=" + workspace
                        + "&to=2026-10"))
                .revealing("Calls answered within 20 s", "73.4")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("service levels page", client -> client.get("servicelevel/service-levels.xhtml?workspace=" + workspace))
                .revealing("First-contact resolution")
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("PUT target", client -> client.putJson(api + "/service-levels/" + level + "/target",
                        "{\"appliesFrom\":\"2026-12\",\"expectedLevel\":99,\"minimumLevel\":98,\"version\":0}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.accountManager(), fixtures.analyst());
        kit.target("PUT service level", client -> client.putJson(api + "/service-levels/" + level,
                        "{\"name\":\"Renamed\",\"critical\":false,\"allocationPercent\":0,"
                                + "\"effectiveFrom\":\"2025-04\",\"version\":0}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.accountManager(), fixtures.teamMember(), fixtures.analyst());
        long contract = fixtures.contract().id();
        kit.target("POST service level", client -> client.postJson(api + "/contracts/" + contract + "/service-levels",
                        "{\"name\":\"Intruder\",\"metric\":\"CSAT\",\"critical\":false,\"allocationPercent\":0,"
                                + "\"effectiveFrom\":\"2025-04\",\"expectedLevel\":80,\"minimumLevel\":70}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.accountManager(), fixtures.analyst());
        kit.target("GET level measurements", client -> client.get(api + "/service-levels/" + level + "/measurements"))
                .revealing("\"period\":\"2026-0")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        assertTrue(!kit.as(fixtures.rm()).get(api + "/service-levels").body().contains("Intruder"));
    }

    @Test
    void measurementsDisputesAndRelief() {
        long disputed = fixtures.disputedMeasurement();
        String measurement = api + "/measurements/" + disputed;
        kit.target("GET review queue", client -> client.get(api + "/measurements"))
                .revealing("overflow queue")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET measurement", client -> client.get(measurement))
                .revealing("overflow queue", "4.1")
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("measurement page", client -> client.get("servicelevel/measurement.xhtml?workspace=" + workspace
                        + "&measurement=" + disputed))
                .revealing("overflow queue")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("measurements page", client -> client.get("servicelevel/measurements.xhtml?workspace=" + workspace))
                .revealing("Abandonment rate", "2026-10")
                .shownTo(fixtures.rm())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("relief page", client -> client.get("servicelevel/reliefs.xhtml?workspace=" + workspace))
                .revealing("Carrier outage", "Storm claims surge")
                .shownTo(fixtures.rm())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("GET reliefs", client -> client.get(api + "/reliefs"))
                .revealing("Carrier outage")
                .shownTo(fixtures.teamMember())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("POST resolution", client -> client.postJson(measurement + "/dispute/resolution",
                        "{\"resolution\":\"Closed by an outsider\",\"version\":1}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.accountManager(), fixtures.teamMember(), fixtures.analyst());
        kit.target("POST reply", client -> client.postJson(measurement + "/dispute/replies", "{\"text\":\"Hello\"}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.analyst(), fixtures.reviewer());
        String awaiting = api + "/measurements/" + fixtures.awaitingMeasurement();
        kit.target("GET history", client -> client.get(measurement + "/history"))
                .revealing("DISPUTED")
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.reviewer());
        kit.target("POST measurement", client -> client.postJson(api + "/measurements",
                        "{\"serviceLevelId\":" + fixtures.abandonment().id()
                                + ",\"period\":\"2026-03\",\"value\":50}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.analyst(), fixtures.reviewer());
        kit.target("PUT correction", client -> client.putJson(awaiting, "{\"value\":1,\"version\":1}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.analyst());
        kit.target("POST acceptance", client -> client.postJson(awaiting + "/acceptance", "{\"version\":1}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.accountManager(), fixtures.teamMember(), fixtures.analyst(),
                        fixtures.procurement());
        kit.target("POST dispute", client -> client.postJson(awaiting + "/dispute",
                        "{\"reason\":\"Outsider\",\"version\":1}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.accountManager(), fixtures.analyst());
        kit.target("POST relief decision", client -> client.postJson(api + "/reliefs/" + fixtures.requestedRelief()
                        + "/decision", "{\"approved\":true,\"version\":0}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.accountManager(), fixtures.analyst(), fixtures.procurement());
        kit.target("POST relief", client -> client.postJson(api + "/reliefs",
                        "{\"serviceLevelId\":" + fixtures.abandonment().id()
                                + ",\"period\":\"2026-04\",\"reason\":\"Outsider\"}"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.teamMember(), fixtures.analyst());
        assertTrue(kit.as(fixtures.rm()).get(awaiting).body().contains("\"status\":\"SUBMITTED\""));
        assertTrue(kit.as(fixtures.rm()).get(api + "/reliefs").body().contains("\"status\":\"REQUESTED\""));
        kit.target("POST bulk", client -> client.postJson(api + "/measurements/bulk",
                        "[{\"serviceLevel\":\"Abandonment rate\",\"period\":\"2026-03\",\"value\":1}]"))
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.analyst(), fixtures.reviewer());
        assertTrue(kit.as(fixtures.rm()).get(measurement).body().contains("\"status\":\"DISPUTED\""),
                "the refused writes changed nothing");
    }

    @Test
    void creditsAndTheSimulator() {
        kit.target("GET credits", client -> client.get(api + "/performance/credits"))
                .revealing("100000.00 x 12% x 40% = 4800.00", "EARNED_BACK")
                .shownTo(fixtures.accountManager())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.teamMember(), fixtures.reviewer());
        kit.target("credits page", client -> client.get("servicelevel/credits.xhtml?workspace=" + workspace))
                .revealing("100000.00 x 12% x 30% = 3600.00")
                .shownTo(fixtures.analyst())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.teamMember(), fixtures.reviewer());
        long contract = fixtures.contract().id();
        kit.target("POST simulation", client -> client.postJson(api + "/contracts/" + contract + "/credit-simulation",
                        "{\"atRiskPercent\":15,\"poolAllocationCapPercent\":250,\"earnBackPeriods\":0,"
                                + "\"continuousImprovementPercent\":10,\"clientGainSharePercent\":50}"))
                .revealing("\"proposedCredited\":")
                .shownTo(fixtures.procurement())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.accountManager(), fixtures.analyst(),
                        fixtures.teamMember());
        kit.target("simulator page", client -> client.get("servicelevel/credit-simulator.xhtml?workspace=" + workspace))
                .revealing(fixtures.contract().reference())
                .shownTo(fixtures.procurement())
                .refusedTo(tenantB)
                .forbiddenTo(fixtures.rm(), fixtures.accountManager(), fixtures.analyst());
    }

    @Test
    void aBadBulkFileIsRefusedLineByLineAndStoresNothing() {
        var response = kit.as(fixtures.accountManager()).postCsv(api + "/measurements/bulk", """
                service_level,period,value
                Abandonment rate,2026-03,3.9
                Abandonment rate,2026-3,4.0
                No such level,2026-03,4.0
                """);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("{\"line\":3,") && response.body().contains("{\"line\":4,"),
                response.body());
        assertTrue(response.body().contains("2026-3"), response.body());
        long abandonment = fixtures.abandonment().id();
        assertTrue(!kit.as(fixtures.rm()).get(api + "/service-levels/" + abandonment + "/measurements").body()
                .contains("\"period\":\"2026-03\""), "line 2 was good but nothing is stored");
    }
}

package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.IsolationKit;
import java.net.URI;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service levels, measurements, disputes, relief, the scorecard, credits and the simulator of the
 * demo workspace "Northwind x Calltech: UK claims", tried as every outsider and every member whose
 * role must not see or do it. Nothing here changes the demo data: every write is one that must be
 * refused.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ServiceLevelIsolationIT {

    private static final String[] TENANT_B = {"rm@fabrikam.example", "analyst@fabrikam.example",
        "admin@fabrikam.example", "am@brightline.example", "platform@tandem.example",
        "admin@calltech.example"};

    @ArquillianResource
    URL base;

    private IsolationKit kit;
    private String api;
    private long workspace;

    @BeforeEach
    void findTheDemoWorkspace() {
        kit = new IsolationKit(URI.create(base.toString()));
        Matcher id = Pattern.compile("\"id\":(\\d+),\"name\":\"Northwind x Calltech: UK claims\"")
                .matcher(kit.as("rm@northwind.example").get("api/v1/workspaces").body());
        assertTrue(id.find());
        workspace = Long.parseLong(id.group(1));
        api = "api/v1/workspaces/" + workspace;
    }

    @Test
    void serviceLevelsAndTheScorecard() {
        kit.target("GET service levels", client -> client.get(api + "/service-levels"))
                .revealing("Calls answered within 20 s", "FIRST_CONTACT_RESOLUTION")
                .shownTo("agent@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        String level = firstId(kit.as("rm@northwind.example").get(api + "/service-levels").body());
        kit.target("GET service level", client -> client.get(api + "/service-levels/" + level))
                .revealing("appliesFrom")
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("GET scorecard", client -> client.get(api + "/performance/scorecard?from=2026-04&to=2026-10"))
                .revealing("Calls answered within 20 s", "73.4")
                .shownTo("agent@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("scorecard page", client -> client.get("servicelevel/scorecard.xhtml?workspace=" + workspace
                        + "&to=2026-10"))
                .revealing("Calls answered within 20 s", "73.4")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("service levels page", client -> client.get("servicelevel/service-levels.xhtml?workspace=" + workspace))
                .revealing("First-contact resolution")
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("PUT target", client -> client.putJson(api + "/service-levels/" + level + "/target",
                        "{\"appliesFrom\":\"2026-12\",\"expectedLevel\":99,\"minimumLevel\":98,\"version\":0}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("am@calltech.example", "analyst@northwind.example");
        kit.target("PUT service level", client -> client.putJson(api + "/service-levels/" + level,
                        "{\"name\":\"Renamed\",\"critical\":false,\"allocationPercent\":0,"
                                + "\"effectiveFrom\":\"2025-04\",\"version\":0}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("am@calltech.example", "agent@calltech.example", "analyst@northwind.example");
        kit.target("POST service level", client -> client.postJson(api + "/contracts/" + contractId() + "/service-levels",
                        "{\"name\":\"Intruder\",\"metric\":\"CSAT\",\"critical\":false,\"allocationPercent\":0,"
                                + "\"effectiveFrom\":\"2025-04\",\"expectedLevel\":80,\"minimumLevel\":70}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("am@calltech.example", "analyst@northwind.example");
        kit.target("GET level measurements", client -> client.get(api + "/service-levels/" + level + "/measurements"))
                .revealing("\"period\":\"2026-0")
                .shownTo("agent@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        assertTrue(!kit.as("rm@northwind.example").get(api + "/service-levels").body().contains("Intruder"));
    }

    @Test
    void measurementsDisputesAndRelief() {
        String queue = kit.as("rm@northwind.example").get(api + "/measurements").body();
        Matcher disputed = Pattern.compile("\"id\":(\\d+)[^{}]*\"status\":\"DISPUTED\"").matcher(queue);
        assertTrue(disputed.find(), queue);
        String measurement = api + "/measurements/" + disputed.group(1);
        kit.target("GET review queue", client -> client.get(api + "/measurements"))
                .revealing("overflow queue")
                .shownTo("agent@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("GET measurement", client -> client.get(measurement))
                .revealing("overflow queue", "4.1")
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("measurement page", client -> client.get("servicelevel/measurement.xhtml?workspace=" + workspace
                        + "&measurement=" + disputed.group(1)))
                .revealing("overflow queue")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("measurements page", client -> client.get("servicelevel/measurements.xhtml?workspace=" + workspace))
                .revealing("Abandonment rate", "2026-10")
                .shownTo("rm@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("relief page", client -> client.get("servicelevel/reliefs.xhtml?workspace=" + workspace))
                .revealing("Carrier outage", "Storm claims surge")
                .shownTo("rm@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("GET reliefs", client -> client.get(api + "/reliefs"))
                .revealing("Carrier outage")
                .shownTo("agent@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("POST resolution", client -> client.postJson(measurement + "/dispute/resolution",
                        "{\"resolution\":\"Closed by an outsider\",\"version\":1}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("am@calltech.example", "agent@calltech.example", "analyst@northwind.example");
        kit.target("POST reply", client -> client.postJson(measurement + "/dispute/replies", "{\"text\":\"Hello\"}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("analyst@northwind.example", "reviewer@qualis.example");
        Matcher submitted = Pattern.compile("\"id\":(\\d+)[^{}]*\"status\":\"SUBMITTED\"").matcher(queue);
        assertTrue(submitted.find(), queue);
        String awaiting = api + "/measurements/" + submitted.group(1);
        kit.target("GET history", client -> client.get(measurement + "/history"))
                .revealing("DISPUTED")
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("reviewer@qualis.example");
        kit.target("POST measurement", client -> client.postJson(api + "/measurements",
                        "{\"serviceLevelId\":" + firstId(kit.as("rm@northwind.example").get(api + "/service-levels").body())
                                + ",\"period\":\"2026-03\",\"value\":50}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("rm@northwind.example", "analyst@northwind.example", "reviewer@qualis.example");
        kit.target("PUT correction", client -> client.putJson(awaiting, "{\"value\":1,\"version\":1}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("rm@northwind.example", "analyst@northwind.example");
        kit.target("POST acceptance", client -> client.postJson(awaiting + "/acceptance", "{\"version\":1}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("am@calltech.example", "agent@calltech.example", "analyst@northwind.example",
                        "procurement@northwind.example");
        kit.target("POST dispute", client -> client.postJson(awaiting + "/dispute",
                        "{\"reason\":\"Outsider\",\"version\":1}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("am@calltech.example", "analyst@northwind.example");
        String reliefs = kit.as("rm@northwind.example").get(api + "/reliefs").body();
        Matcher requested = Pattern.compile("\"id\":(\\d+)[^{}]*\"status\":\"REQUESTED\"").matcher(reliefs);
        assertTrue(requested.find(), reliefs);
        kit.target("POST relief decision", client -> client.postJson(api + "/reliefs/" + requested.group(1)
                        + "/decision", "{\"approved\":true,\"version\":0}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("am@calltech.example", "analyst@northwind.example", "procurement@northwind.example");
        kit.target("POST relief", client -> client.postJson(api + "/reliefs",
                        "{\"serviceLevelId\":" + firstId(kit.as("rm@northwind.example").get(api + "/service-levels").body())
                                + ",\"period\":\"2026-04\",\"reason\":\"Outsider\"}"))
                .refusedTo(TENANT_B)
                .forbiddenTo("rm@northwind.example", "agent@calltech.example", "analyst@northwind.example");
        assertTrue(kit.as("rm@northwind.example").get(awaiting).body().contains("\"status\":\"SUBMITTED\""));
        assertTrue(kit.as("rm@northwind.example").get(api + "/reliefs").body().contains("\"status\":\"REQUESTED\""));
        kit.target("POST bulk", client -> client.postJson(api + "/measurements/bulk",
                        "[{\"serviceLevel\":\"Abandonment rate\",\"period\":\"2026-03\",\"value\":1}]"))
                .refusedTo(TENANT_B)
                .forbiddenTo("rm@northwind.example", "analyst@northwind.example", "reviewer@qualis.example");
        assertTrue(kit.as("rm@northwind.example").get(measurement).body().contains("\"status\":\"DISPUTED\""),
                "the refused writes changed nothing");
    }

    @Test
    void creditsAndTheSimulator() {
        kit.target("GET credits", client -> client.get(api + "/performance/credits"))
                .revealing("100000.00 x 12% x 40% = 4800.00", "EARNED_BACK")
                .shownTo("am@calltech.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("agent@calltech.example", "reviewer@qualis.example");
        kit.target("credits page", client -> client.get("servicelevel/credits.xhtml?workspace=" + workspace))
                .revealing("100000.00 x 12% x 30% = 3600.00")
                .shownTo("analyst@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("agent@calltech.example", "reviewer@qualis.example");
        String contract = contractId();
        kit.target("POST simulation", client -> client.postJson(api + "/contracts/" + contract + "/credit-simulation",
                        "{\"atRiskPercent\":15,\"poolAllocationCapPercent\":250,\"earnBackPeriods\":0,"
                                + "\"continuousImprovementPercent\":10,\"clientGainSharePercent\":50}"))
                .revealing("\"proposedCredited\":")
                .shownTo("procurement@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("rm@northwind.example", "am@calltech.example", "analyst@northwind.example",
                        "agent@calltech.example");
        kit.target("simulator page", client -> client.get("servicelevel/credit-simulator.xhtml?workspace=" + workspace))
                .revealing("MSA-2025-001")
                .shownTo("procurement@northwind.example")
                .refusedTo(TENANT_B)
                .forbiddenTo("rm@northwind.example", "am@calltech.example", "analyst@northwind.example");
    }

    @Test
    void aBadBulkFileIsRefusedLineByLineAndStoresNothing() {
        var response = kit.as("am@calltech.example").postCsv(api + "/measurements/bulk", """
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
        String queue = kit.as("rm@northwind.example").get(api + "/service-levels").body();
        String abandonment = idOf(queue, "Abandonment rate");
        assertTrue(!kit.as("rm@northwind.example").get(api + "/service-levels/" + abandonment + "/measurements").body()
                .contains("\"period\":\"2026-03\""), "line 2 was good but nothing is stored");
    }

    private String contractId() {
        Matcher contract = Pattern.compile("\\{[^{}]*\"reference\":\"MSA-2025-001\"[^{}]*}")
                .matcher(kit.as("procurement@northwind.example").get(api + "/contracts").body());
        assertTrue(contract.find());
        return firstId(contract.group());
    }

    private static String firstId(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }

    /** The id of the level called {@code name}: the nearest "id" before its name (nested objects carry none). */
    private static String idOf(String json, String name) {
        int at = json.indexOf("\"name\":\"" + name + "\"");
        assertTrue(at > 0, json);
        return firstId(json.substring(json.lastIndexOf("\"id\":", at)));
    }
}

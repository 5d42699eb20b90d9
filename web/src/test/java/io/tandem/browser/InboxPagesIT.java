package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What waits for each side, from the inbox to the place where one acts. In the policy-administration
 * workspace a contract of its own gets a critical level; the provider submits May (70 %, breached)
 * and June (85 %, met) and asks relief for May. The client's relationship manager finds both
 * reviews and the relief decision in the inbox, decides the relief on May's own page and disputes
 * June from the review queue; the provider's account manager then finds the dispute to answer.
 */
class InboxPagesIT extends BrowserTest {

    private long workspace;
    private String level;

    @BeforeEach
    void workWaitingInPolicyAdministration() {
        workspace = fixtures.policyAdministrationWorkspace().id();
        String reference = "MSA-PA-" + UUID.randomUUID().toString().substring(0, 8);
        level = "Policies issued in 5 days " + reference.substring(7);
        TandemClient rm = fixtures.signedIn(base, fixtures.rm());
        String contracts = "api/v1/workspaces/" + workspace + "/contracts";
        String draft = created(rm.postJson(contracts, """
                {"reference": "%s", "type": "MASTER_AGREEMENT", "title": "Policy administration",
                 "effectiveDate": "2025-01-01", "expiryDate": "%s", "noticePeriodDays": 90, "renewalTerms": "",
                 "currency": "GBP", "annualValue": 600000.00, "monthlyCharges": 50000.00}"""
                .formatted(reference, LocalDate.now().plusYears(2))));
        long contract = JsonBody.id(draft);
        long version = JsonBody.number(ok(rm.putJson(contracts + "/" + contract + "/credit-regime", """
                {"atRiskPercent": 10, "poolAllocationCapPercent": 100, "earnBackPeriods": 0,
                 "continuousImprovementPercent": 0, "clientGainSharePercent": 50, "version": %d}"""
                .formatted(JsonBody.number(draft, "version")))), "version");
        version = JsonBody.number(ok(rm.postJson(contracts + "/" + contract + "/status",
                "{\"status\": \"IN_REVIEW\", \"version\": " + version + "}")), "version");
        long levelId = JsonBody.id(created(rm.postJson(contracts + "/" + contract + "/service-levels", """
                {"name": "%s", "metric": "SERVICE_LEVEL", "metricParameter": 20, "critical": true,
                 "allocationPercent": 100, "effectiveFrom": "2025-01", "expectedLevel": 80, "minimumLevel": 75}"""
                .formatted(level))));
        version = JsonBody.number(ok(rm.get(contracts + "/" + contract)), "version");
        ok(rm.postJson(contracts + "/" + contract + "/status", "{\"status\": \"ACTIVE\", \"version\": " + version + "}"));

        TandemClient provider = fixtures.signedIn(base, fixtures.otherProviderAccountManager());
        String measurements = "api/v1/workspaces/" + workspace + "/measurements";
        for (String month : List.of("{\"period\": \"2026-05\", \"numerator\": 700, \"denominator\": 1000",
                "{\"period\": \"2026-06\", \"numerator\": 850, \"denominator\": 1000")) {
            created(provider.postJson(measurements, month + ", \"serviceLevelId\": " + levelId + "}"));
        }
        created(provider.postJson("api/v1/workspaces/" + workspace + "/reliefs",
                "{\"serviceLevelId\": " + levelId + ", \"period\": \"2026-05\", \"reason\": \"Rating engine outage\"}"));
    }

    @Test
    void theClientDecidesFromItsInboxAndTheProviderFindsTheDisputeInItsOwn() {
        signIn(fixtures.rm());

        List<String> waiting = inboxRows();
        assertTrue(waiting.contains("Review a measurement | " + level + " · May 2026"), waiting.toString());
        assertTrue(waiting.contains("Review a measurement | " + level + " · June 2026"), waiting.toString());
        assertTrue(waiting.contains("Decide on relief | " + level + " · May 2026"), waiting.toString());
        assertTrue(browser.findElement(By.id("nav-inbox")).getText().matches("Waiting for you: \\d+"));

        follow(inboxLink("Review a measurement", "May 2026"));
        assertEquals("Requested", browser.findElement(By.id("review:relief-status")).getText());
        type("review:relief-note", "Outage confirmed by our IT");
        clickButton("Approve");
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:relief-status"), "Approved"));

        browser.findElement(By.id("tab-measurements")).click();
        WebElement june = waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[td[1][normalize-space(.)='" + level + "'] and td[2][normalize-space(.)='2026-06']]")));
        june.findElement(By.xpath(".//button[.//span[normalize-space(.)='Dispute']]")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("dispute-form:reason")));
        assertTrue(browser.findElement(By.id("dispute-form")).getText().contains("Dispute " + level + " for June 2026"));
        type("dispute-form:reason", "The overflow queue is missing.");
        browser.findElement(By.id("dispute-form:send")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Measurement disputed"));
        assertTrue(browser.findElement(By.id("relief-queue")).getText().contains("No relief request awaits a decision."),
                "the relief decided on May's page has left the queue");
        Browser.signOut(browser);

        signIn(fixtures.otherProviderAccountManager());
        List<String> providerWaiting = inboxRows();
        assertTrue(providerWaiting.contains("Answer a dispute | " + level + " · June 2026"), providerWaiting.toString());
        assertTrue(providerWaiting.stream().noneMatch(row -> row.startsWith("Review a measurement")
                || row.startsWith("Decide on relief")), "the client's acts are not the provider's: " + providerWaiting);
        follow(inboxLink("Answer a dispute", "June 2026"));
        assertEquals("Disputed", browser.findElement(By.id("review:status")).getText());
        assertTrue(browser.findElement(By.id("review:thread")).getText().contains("The overflow queue is missing."));
    }

    /** The inbox's rows for this test's level, as "what to do | about". */
    private List<String> inboxRows() {
        return browser.findElements(By.cssSelector("#inbox-items\\:list tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > 1 && cells.get(1).getText().contains(level))
                .map(cells -> cells.get(0).getText().strip() + " | " + cells.get(1).getText().strip())
                .toList();
    }

    private By inboxLink(String kind, String month) {
        return By.xpath("//*[@id='inbox-items:list']//tr[td[2][contains(., '" + level + " · " + month + "')]]"
                + "//a[normalize-space(.)='" + kind + "']");
    }

    private void follow(By link) {
        WebElement page = browser.findElement(By.tagName("body"));
        browser.findElement(link).click();
        waitForReplacement(page);
    }

    private static String created(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}

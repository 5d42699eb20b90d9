package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The client's relationship manager drafts and signs a data-sharing agreement; the provider's
 * account manager signs it too. An agreement the client has signed waits in the provider's inbox,
 * not the client's; a new version's changes read in the page's words.
 */
class DataSharingPagesIT extends BrowserTest {

    @Test
    void bothPartiesSignAnAgreementAndItComesIntoForce() {
        String title = "Interaction data " + UUID.randomUUID().toString().substring(0, 6);
        signIn(fixtures.rm());
        openClaimsDataSharing();
        type("draft:title", title);
        type("draft:purpose", "Monthly performance reporting from interaction records");
        type("draft:safeguards", "Encrypted transfer; access by named analysts");
        type("draft:review_input", "2030-06-30");
        browser.findElement(By.cssSelector("[id='draft:categories:9:included'] .ui-chkbox-box")).click();
        choose("draft:locations:0:country", "United Kingdom");
        browser.findElement(By.id("draft:create")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Agreement drafted"));

        browser.findElement(By.linkText(title)).click();
        assertEquals("Draft", browser.findElement(By.id("details:status")).getText());
        clickButton("Sign for your side");
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "Partly signed"));
        assertTrue(browser.findElement(By.id("details:signatures")).getText().contains("Rosa Marsh"));
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        openClaimsDataSharing();
        browser.findElement(By.linkText(title)).click();
        assertTrue(browser.findElement(By.id("details:signatures")).getText()
                .contains("Awaiting the provider's signature."));
        clickButton("Sign for your side");
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "Active"));
        assertTrue(browser.findElement(By.id("details:signatures")).getText().contains("Cas Jansen"));
        assertTrue(browser.findElements(By.xpath("//button[.//span[normalize-space(.)='Sign for your side']]"))
                .isEmpty(), "nothing left to sign");
        assertTrue(browser.findElement(By.id("details:pdf")).getAttribute("href").contains("/versions/1/pdf"));
    }

    private void openClaimsDataSharing() {
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-data-sharing")).click();
        assertEquals("Data sharing", browser.findElement(By.cssSelector("h1.tandem-title")).getText());
    }

    @Test
    void anAgreementTheClientSignedWaitsInTheProvidersInboxAndNotTheClients() {
        String title = "Transcripts " + UUID.randomUUID().toString().substring(0, 6);
        TandemClient client = fixtures.signedIn(base, fixtures.rm());
        long agreement = signedByTheClient(client, title);

        signIn(fixtures.accountManager());
        assertEquals(List.of("Sign a data-sharing agreement | " + title), InboxTable.rowsAbout(browser, title));
        InboxTable.follow(browser, "Sign a data-sharing agreement", title);
        assertTrue(browser.getCurrentUrl().contains("agreement=" + agreement), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("details:summary")).getText().contains(title + ", version 1"));
        assertEquals("Partly signed", browser.findElement(By.id("details:status")).getText());
        assertTrue(browser.findElement(By.id("details:signatures")).getText()
                .contains("Awaiting the provider's signature."));
        assertTrue(browser.findElement(By.id("details:sign")).isDisplayed(), "the provider's signatory signs here");
        Browser.signOut(browser);

        signIn(fixtures.rm());
        assertEquals(List.of(), InboxTable.rowsAbout(browser, title), "the provider's signature is not the client's to give");
    }

    @Test
    void aNewVersionsChangesReadInThePagesWords() {
        String title = "Transcripts " + UUID.randomUUID().toString().substring(0, 6);
        TandemClient client = fixtures.signedIn(base, fixtures.rm());
        long agreement = signedByTheClient(client, title);
        String path = "api/v1/workspaces/" + fixtures.claimsWorkspace().id() + "/data-sharing/agreements/" + agreement;
        long version = JsonBody.number(ok(client.get(path)), "version");
        ok(client.putJson(path, """
                {"title": "%s", "version": %d, "terms": {"direction": "BOTH",
                 "purpose": "Complaint root-cause analysis", "lawfulBasis": "LEGITIMATE_INTERESTS",
                 "categories": [{"category": "TRANSCRIPTS", "sensitivity": "HIGH"},
                                {"category": "CALL_RECORDINGS", "sensitivity": "HIGH"}],
                 "locations": [{"country": "GB"}, {"country": "ZA", "mechanism": "BINDING_CORPORATE_RULES",
                                "subProcessor": "Transcribe Cape"}],
                 "retentionMonths": 24, "safeguards": "Pseudonymised before transfer", "reviewDate": "2030-06-30"}}"""
                .formatted(title, version)));

        signIn(fixtures.rm());
        browser.get(base + "datasharing/agreement.xhtml?workspace=" + fixtures.claimsWorkspace().id()
                + "&agreement=" + agreement);
        WebElement changes = browser.findElement(By.id("details:changes"));
        assertTrue(changes.getText().startsWith("What changed in version 2"), changes.getText());
        assertEquals(List.of(
                List.of("Direction", "Provider to client", "Both ways"),
                List.of("Data category", "", "Call recordings (High)"),
                List.of("Location", "Transcribe Cape, South Africa, transfer mechanism: Standard contractual clauses",
                        "Transcribe Cape, South Africa, transfer mechanism: Binding corporate rules"),
                List.of("Retention", "18 months", "24 months")),
                changes.findElements(By.cssSelector("tbody tr")).stream()
                        .map(row -> row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().strip()).toList())
                        .toList());
        assertFalse(changes.getText().matches("(?s).*[A-Z]{2,}_[A-Z]+.*"), "no code left: " + changes.getText());
    }

    /** Drafted (as DataSharingIsolationIT drafts it) and signed for the client, through the API. */
    private long signedByTheClient(TandemClient client, String title) {
        String agreements = "api/v1/workspaces/" + fixtures.claimsWorkspace().id() + "/data-sharing/agreements";
        HttpResponse<String> created = client.postJson(agreements, DataSharingIsolationIT.draftJson(title));
        assertEquals(201, created.statusCode(), created.body());
        long agreement = JsonBody.id(created.body());
        ok(client.postJson(agreements + "/" + agreement + "/signatures",
                "{\"version\": " + JsonBody.number(created.body(), "version") + "}"));
        return agreement;
    }

    private static String ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}

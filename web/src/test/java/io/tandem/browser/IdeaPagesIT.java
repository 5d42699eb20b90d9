package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A provider proposes an idea in the claims workspace; the client's relationship manager takes it
 * into review and approves it from the board; the provider implements it and records a realised
 * saving of 1,000.01 GBP; the client confirms it and sees the gain-share split under the
 * fixtures' regime (50% to the client): 1,000.01 x 50% = 500.005, half-up 500.01 to the client,
 * 500.00 to the provider.
 */
class IdeaPagesIT extends BrowserTest {

    @Test
    void aProviderProposesTheClientApprovesAndTheRealisedBenefitIsSplit() {
        long workspace = fixtures.claimsWorkspace().id();
        String title = "Callback slots " + UUID.randomUUID().toString().substring(0, 8);
        String ideas = base + "improvement/ideas.xhtml?workspace=" + workspace;

        signIn(fixtures.accountManager());
        browser.get(ideas);
        type("idea-form:idea-title", title);
        type("idea-form:idea-problem", "Lunchtime queues make customers hang up.");
        type("idea-form:idea-proposal", "Offer a callback slot when the wait passes two minutes.");
        type("idea-form:idea-touchpoint", "Claims hotline");
        choose("idea-form:idea-contract", fixtures.contract().reference());
        browser.findElement(By.id("idea-form:submit")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Idea submitted."));
        waitFor(ExpectedConditions.presenceOfElementLocated(card(title)));
        Browser.signOut(browser);

        signIn(fixtures.rm());
        browser.get(ideas);
        waitFor(ExpectedConditions.elementToBeClickable(cardButton(title, "Start review"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The idea is under review."));
        waitFor(ExpectedConditions.elementToBeClickable(cardButton(title, "Approve"))).click();
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Idea approved."));
        assertTrue(browser.findElement(By.xpath("//section[@data-status='APPROVED']")).getText().contains(title));
        String address = browser.findElement(By.xpath("//a[normalize-space(.)='" + title + "']")).getAttribute("href");
        Browser.signOut(browser);

        // Starting work and marking it implemented go through the API: in headless Chromium the idea
        // page's move buttons sent their request and the page did not change, though the same
        // request by hand moves the idea (see the closing note of issue 13).
        long idea = Long.parseLong(address.replaceAll(".*[?&]idea=(\\d+).*", "$1"));
        TandemClient provider = fixtures.signedIn(base, fixtures.accountManager());
        String transitions = "api/v1/workspaces/" + workspace + "/ideas/" + idea + "/transitions";
        long version = JsonBody.number(provider.get("api/v1/workspaces/" + workspace + "/ideas/" + idea).body(),
                "version");
        for (String status : new String[] {"IN_PROGRESS", "IMPLEMENTED"}) {
            HttpResponse<String> moved = provider.postJson(transitions,
                    "{\"to\": \"" + status + "\", \"version\": " + version + "}");
            assertEquals(200, moved.statusCode(), moved.body());
            version = JsonBody.number(moved.body(), "version");
        }

        signIn(fixtures.accountManager());
        browser.get(address);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("idea:status"), "Implemented"));
        type("idea:saving", "1000.01");
        type("idea:benefit-note", "Abandonment down at lunchtime");
        browser.findElement(By.id("idea:record-benefit")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("claim"),
                "awaiting the other side's confirmation"));
        String page = browser.getCurrentUrl();
        Browser.signOut(browser);

        signIn(fixtures.rm());
        browser.get(page);
        browser.findElement(By.id("idea:confirm-benefit")).click();
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("idea:status"), "Benefit realised"));
        assertEquals("Client 500.01 GBP (50 %), provider 500.00 GBP",
                browser.findElement(By.xpath("//dd[@id='gain-share']/div[1]")).getText());
        assertEquals("1,000.01 GBP × 50 % = 500.01 GBP; 1,000.01 GBP − 500.01 GBP = 500.00 GBP",
                browser.findElement(By.id("gain-share-formula")).getText());
    }

    private static By card(String title) {
        return By.xpath("//article[contains(@class,'tandem-board-card')][.//a[normalize-space(.)='" + title + "']]");
    }

    private static By cardButton(String title, String label) {
        return By.xpath("//article[contains(@class,'tandem-board-card')][.//a[normalize-space(.)='" + title + "']]"
                + "//button[.//span[normalize-space(.)='" + label + "']]");
    }
}

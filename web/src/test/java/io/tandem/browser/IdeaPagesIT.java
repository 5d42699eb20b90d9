package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.JsonBody;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A provider proposes an idea in the claims workspace; the client's relationship manager takes it
 * into review and approves it from the board; the provider implements it and records a realised
 * saving of 1,000.01 GBP; the client confirms it and sees the gain-share split under the
 * fixtures' regime (50% to the client): 1,000.01 x 50% = 500.005, half-up 500.01 to the client,
 * 500.00 to the provider. Besides: an idea awaiting review in the client's inbox.
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
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        browser.get(ideas);
        WebElement board = browser.findElement(By.tagName("body"));
        waitFor(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='" + title + "']"))).click();
        // the board's cards offer "Start work" too: act only once the idea's own page has replaced it
        waitForReplacement(board);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("detail:status"), "Approved"));
        clickButton("Start work");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("detail:status"), "In progress"));
        clickButton("Mark implemented");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("detail:status"), "Implemented"));
        type("detail:saving", "1000.01");
        type("detail:benefit-note", "Abandonment down at lunchtime");
        browser.findElement(By.id("detail:record-benefit")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("claim"),
                "awaiting the other side's confirmation"));
        String page = browser.getCurrentUrl();
        Browser.signOut(browser);

        signIn(fixtures.rm());
        browser.get(page);
        browser.findElement(By.id("detail:confirm-benefit")).click();
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("detail:status"), "Benefit realised"));
        assertEquals("Client 500.01 GBP (50 %), provider 500.00 GBP",
                browser.findElement(By.xpath("//dd[@id='gain-share']/div[1]")).getText());
        assertEquals("1,000.01 GBP × 50 % = 500.01 GBP; 1,000.01 GBP − 500.01 GBP = 500.00 GBP",
                browser.findElement(By.id("gain-share-formula")).getText());
    }

    @Test
    void anIdeaAwaitingADecisionWaitsInTheClientsInboxAndNotTheProviders() {
        String title = "Claim status texts " + UUID.randomUUID().toString().substring(0, 8);
        long idea = proposedByTheProvider(title);

        signIn(fixtures.rm());
        assertEquals(List.of("Decide on an idea | " + title), InboxTable.rowsAbout(browser, title));
        InboxTable.follow(browser, "Decide on an idea", title);
        assertTrue(browser.getCurrentUrl().contains("idea=" + idea), browser.getCurrentUrl());
        assertEquals(title, browser.findElement(By.id("idea-title")).getText());
        assertEquals("Submitted", browser.findElement(By.id("detail:status")).getText());
        assertEquals(1, browser.findElements(By.xpath(
                "//*[@id='detail:moves']//button[.//span[normalize-space(.)='Start review']]")).size());
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        assertEquals(List.of(), InboxTable.rowsAbout(browser, title), "deciding is the client's, not the proposer's");
    }

    /** Proposed by the provider's account manager through the API: submitted, awaiting the client's decision. */
    private long proposedByTheProvider(String title) {
        HttpResponse<String> created = fixtures.signedIn(base, fixtures.accountManager()).postJson(
                "api/v1/workspaces/" + fixtures.claimsWorkspace().id() + "/ideas", """
                        {"title": "%s", "problem": "Customers wait at lunchtime", "proposal": "Offer callback slots",
                         "touchpoint": "Claims hotline", "effort": "SMALL"}""".formatted(title));
        assertEquals(201, created.statusCode(), created.body());
        return JsonBody.id(created.body());
    }

    private static By card(String title) {
        return By.xpath("//article[contains(@class,'tandem-board-card')][.//a[normalize-space(.)='" + title + "']]");
    }

    private static By cardButton(String title, String label) {
        return By.xpath("//article[contains(@class,'tandem-board-card')][.//a[normalize-space(.)='" + title + "']]"
                + "//button[.//span[normalize-space(.)='" + label + "']]");
    }
}

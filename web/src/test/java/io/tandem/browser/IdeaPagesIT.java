package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.JsonBody;
import io.tandem.testing.TandemClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A provider proposes an idea in the claims workspace; the client's relationship manager takes it
 * into review and approves it from the board; the provider implements it and records a realised
 * saving of 1,000.01 GBP; the client confirms it and sees the gain-share split under the
 * fixtures' regime (50% to the client): 1,000.01 x 50% = 500.005, half-up 500.01 to the client,
 * 500.00 to the provider. Besides: cards dragged between the board's columns, an idea awaiting
 * review in the client's inbox, and files attached on the idea's page.
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

    /**
     * A real drag in Chromium (Selenium's actions start the page's HTML5 drag and drop): the
     * relationship manager drags one card into review, then, on the board the answer re-rendered,
     * a second one, and that one on to "Approved", which asks first as its button does. The
     * provider's account manager may not decide: its cards do not drag, and the
     * same request a drop sends, made anyway, is refused with the rule's message and changes nothing.
     */
    @Test
    void theClientDragsCardsIntoReviewAndTheProviderCannotMoveThemOn() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = "Callback window " + tag;
        String second = "Claims chat hours " + tag;
        long idea = proposedByTheProvider(first);
        long other = proposedByTheProvider(second);
        TandemClient client = fixtures.signedIn(base, fixtures.rm());

        signIn(fixtures.rm());
        browser.get(ideasPage());
        drag(first, "UNDER_REVIEW");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The idea is under review."));
        waitFor(ExpectedConditions.presenceOfElementLocated(cardIn("UNDER_REVIEW", first)));
        assertTrue(browser.findElements(cardIn("SUBMITTED", first)).isEmpty());
        assertEquals("UNDER_REVIEW", status(client, idea));
        drag(second, "UNDER_REVIEW");
        waitFor(ExpectedConditions.presenceOfElementLocated(cardIn("UNDER_REVIEW", second)));
        assertEquals("UNDER_REVIEW", status(client, other));
        // a drop on "Approved" asks first, as the Approve button does: no, then yes
        drag(second, "APPROVED");
        confirm(false);
        assertEquals("UNDER_REVIEW", status(client, other));
        drag(second, "APPROVED");
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Idea approved."));
        waitFor(ExpectedConditions.presenceOfElementLocated(cardIn("APPROVED", second)));
        assertEquals("APPROVED", status(client, other));
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        browser.get(ideasPage());
        WebElement card = waitFor(ExpectedConditions.presenceOfElementLocated(cardIn("UNDER_REVIEW", first)));
        assertEquals("false", card.getAttribute("draggable"), "the provider does not decide on ideas");
        assertTrue(card.findElements(By.tagName("button")).isEmpty(), card.getText());
        ((JavascriptExecutor) browser).executeScript(
                "tandemMoveIdea([{name: 'idea', value: arguments[0]}, {name: 'to', value: 'APPROVED'}]);",
                String.valueOf(idea));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Only the client's relationship manager approves ideas."));
        assertTrue(browser.findElements(cardIn("APPROVED", first)).isEmpty());
        assertEquals(1, browser.findElements(cardIn("UNDER_REVIEW", first)).size());
        assertEquals("UNDER_REVIEW", status(client, idea));
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

    /**
     * The provider's account manager attaches a costing on the idea's page, after two refusals: a
     * text file, and a file named .pdf that is not one; the client's relationship manager
     * downloads the costing as it was sent.
     */
    @Test
    void aFileAttachedOnTheIdeaPageDownloadsAsSentAndOtherKindsAreRefused() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long idea = proposedByTheProvider("Callback costing " + tag);
        String page = base + "improvement/idea.xhtml?workspace=" + fixtures.claimsWorkspace().id() + "&idea=" + idea;
        byte[] pdf = "%PDF-1.4\n% costing of callback slots\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path costing = file("Costing " + tag + ".pdf", pdf);
        Path notes = file("Notes " + tag + ".txt", "Callback slots cost 2 FTE.\n".getBytes(StandardCharsets.US_ASCII));
        Path disguised = file("Quote " + tag + ".pdf", "MZ not a PDF at all".getBytes(StandardCharsets.US_ASCII));

        signIn(fixtures.accountManager());
        browser.get(page);
        upload("attachments", notes, "Attach a PDF or office file: pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp.");
        upload("attachments", disguised, "The content of this file is not a PDF file, whatever its name says.");
        upload("attachments", costing, "File attached.");
        String listed = browser.findElement(By.id("attachments:attachment-list")).getText();
        assertTrue(listed.contains(costing.getFileName().toString()) && listed.contains(fixtures.accountManager().name())
                && listed.contains(sha256(pdf)), listed);
        assertFalse(listed.contains(notes.getFileName().toString()), listed);
        assertFalse(listed.contains(disguised.getFileName().toString()), listed);
        Browser.signOut(browser);

        signIn(fixtures.rm());
        browser.get(page);
        browser.findElement(By.linkText(costing.getFileName().toString())).click();
        assertArrayEquals(pdf, Files.readAllBytes(downloaded(costing.getFileName().toString())));
    }

    private String ideasPage() {
        return base + "improvement/ideas.xhtml?workspace=" + fixtures.claimsWorkspace().id();
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

    private String status(TandemClient client, long idea) {
        HttpResponse<String> answer = client.get("api/v1/workspaces/" + fixtures.claimsWorkspace().id() + "/ideas/" + idea);
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonBody.object(answer.body()).getString("status");
    }

    /**
     * Drags the card by its line of who proposed it (not by a button or the link) sideways onto the
     * column, at the card's height: the columns of the board's one row are equally tall, and a
     * column long with other tests' ideas may not fit the window.
     */
    private void drag(String title, String status) {
        WebElement card = waitFor(ExpectedConditions.presenceOfElementLocated(card(title)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", card);
        WebElement handle = card.findElement(By.cssSelector(".tandem-note-meta"));
        Rectangle from = handle.getRect();
        Rectangle to = browser.findElement(column(status)).getRect();
        new Actions(browser).dragAndDropBy(handle, to.getX() + to.getWidth() / 2 - (from.getX() + from.getWidth() / 2), 0)
                .perform();
    }

    private static Path file(String name, byte[] content) throws IOException {
        return Files.write(Files.createTempDirectory("tandem-upload").resolve(name), content);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static By column(String status) {
        return By.xpath("//section[@data-status='" + status + "']");
    }

    private static By cardIn(String status, String title) {
        return By.xpath("//section[@data-status='" + status + "']//article[contains(@class,'tandem-board-card')]"
                + "[.//a[normalize-space(.)='" + title + "']]");
    }

    private static By card(String title) {
        return By.xpath("//article[contains(@class,'tandem-board-card')][.//a[normalize-space(.)='" + title + "']]");
    }

    private static By cardButton(String title, String label) {
        return By.xpath("//article[contains(@class,'tandem-board-card')][.//a[normalize-space(.)='" + title + "']]"
                + "//button[.//span[normalize-space(.)='" + label + "']]");
    }
}

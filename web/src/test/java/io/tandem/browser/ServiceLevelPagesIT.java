package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The monthly review in the fixtures' claims workspace (see {@code SharedFixtures}): the provider
 * submits March 2026 for "Calls answered within 20 s" (9,000 of 12,500 calls: 72.00%, a breach of
 * the 75% minimum) and corrects it to 9,100 of 12,500 (72.80%, still a breach) before review; the
 * client disputes it, the provider answers, the client accepts it ("Accept and resolve") and the
 * scorecard and the credit follow:
 * 100,000.00 x 12% x 40% = 4,800.00, payable because June, within the three-month earn-back
 * window, is breached again.
 */
class ServiceLevelPagesIT extends BrowserTest {

    @Test
    void aMonthIsSubmittedDisputedAnsweredResolvedAndCredited() {
        String level = fixtures.label(fixtures.answered());
        signIn(fixtures.accountManager());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-measurements")).click();
        choose("submit:level", level);
        assertEquals(level, browser.findElement(By.id("submit:level_label")).getText());
        type("submit:period", "2026-03");
        type("submit:numerator", "9000");
        type("submit:denominator", "12500");
        type("submit:evidence", "ACD export, March");
        browser.findElement(By.id("submit:send")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Measurement submitted for the client's review."));
        String workspace = String.valueOf(fixtures.claimsWorkspace().id());
        browser.findElement(By.xpath("//tr[td[2][normalize-space(.)='2026-03']]//a")).click();
        type("review:corrected-numerator", "9100");
        type("review:corrected-denominator", "12500");
        type("review:evidence-note", "ACD export, March, with the overflow queue");
        browser.findElement(By.id("review:correct")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:value"), "72.8"));
        Browser.signOut(browser);

        signIn(fixtures.rm());
        openScorecard(workspace);
        WebElement march = marchCell();
        assertTrue(march.getAttribute("class").contains("tandem-breached"), march.getAttribute("class"));
        assertTrue(march.getAttribute("class").contains("tandem-provisional"), "not accepted yet");
        march.findElement(By.tagName("a")).click();
        assertEquals("Awaiting review", browser.findElement(By.id("review:status")).getText());
        type("review:text", "Queue 7 seems to be missing from the export.");
        browser.findElement(By.id("review:dispute")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Disputed"));
        String measurementPage = browser.getCurrentUrl();
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        browser.get(measurementPage);
        type("review:text", "Queue 7 is included: see the queue map attached to the pack.");
        browser.findElement(By.id("review:reply")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:thread"), "queue map"));
        assertTrue(browser.findElements(By.id("review:resolve")).isEmpty(), "only the client resolves");
        Browser.signOut(browser);

        signIn(fixtures.rm());
        browser.get(measurementPage);
        assertTrue(browser.findElement(By.id("review:thread")).getText().contains("Queue 7 seems to be missing"));
        type("review:text", "Agreed, the figure stands.");
        browser.findElement(By.id("review:resolve")).click();
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Resolved"));
        assertEquals("4,800.00 GBP", browser.findElement(By.id("review:credit-amount")).getText());
        assertEquals("Payable", browser.findElement(By.id("review:credit-status")).getText());

        openScorecard(workspace);
        march = marchCell();
        assertTrue(march.getAttribute("class").contains("tandem-breached"));
        assertTrue(!march.getAttribute("class").contains("tandem-provisional"), "accepted now");
        assertTrue(march.getText().contains("4,800.00 GBP payable"), march.getText());
    }

    @Test
    void aFileWithABadLineIsRefusedLineByLine() throws IOException {
        Path file = Files.createTempDirectory("tandem-csv").resolve("october.csv");
        Files.writeString(file, """
                service_level,period,value
                Average handle time,2026-02,301
                Average handle time,2026-13,302
                """);
        signIn(fixtures.accountManager());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-measurements")).click();
        WebElement before = browser.findElement(By.id("messages"));
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.id("upload:send-file")).click();
        waitForReplacement(before);

        assertTrue(browser.findElement(By.id("messages")).getText().contains("1 line(s) rejected; nothing was stored."));
        assertEquals("Line 3: The month \"2026-13\" is not in the form yyyy-MM.",
                browser.findElement(By.cssSelector("#rejected li")).getText());
        assertTrue(!browser.findElement(By.id("queue")).getText().contains("2026-02"), "line 2 was not stored either");
    }

    @Test
    void procurementComparesARegimeWithoutEarnBack() {
        signIn(fixtures.procurement());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-simulator")).click();
        assertEquals("12", browser.findElement(By.id("proposal:at-risk")).getAttribute("value"));
        type("proposal:earn-back", "0");
        WebElement before = browser.findElement(By.id("proposal"));
        browser.findElement(By.id("proposal:simulate")).click();
        waitForReplacement(before);

        // without earn-back every credit is payable; the amounts themselves do not change
        String credited = browser.findElement(By.id("comparison:proposed-total")).getText();
        assertEquals(credited, browser.findElement(By.id("comparison:proposed-payable")).getText());
        assertEquals(credited, browser.findElement(By.id("comparison:current-total")).getText());
        // June 2026: 100,000.00 x 12% x 40% = 4,800.00, earned back today, payable without earn-back
        assertEquals(List.of("2026-06", "4,800.00", "0.00", "4,800.00", "4,800.00", "0.00"),
                browser.findElements(By.xpath("//tbody[@id='comparison_data']/tr[td[1][normalize-space(.)='2026-06']]/td"))
                        .stream().map(WebElement::getText).toList());
    }

    @Test
    void aLevelOfAContractInForceMayBeRenamedButKeepsItsAllocation() {
        signIn(fixtures.rm());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-service-levels")).click();
        choose("level-change:changed-level", fixtures.label(fixtures.satisfaction()));
        type("level-change:changed-name", "Customer satisfaction");
        type("level-change:changed-allocation", "10");
        browser.findElement(By.cssSelector("#level-change\\:changed-critical .ui-chkbox-box")).click();
        browser.findElement(By.id("level-change:save-change")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The contract is in force"));

        browser.findElement(By.cssSelector("#level-change\\:changed-critical .ui-chkbox-box")).click();
        type("level-change:changed-allocation", "0");
        type("level-change:changed-name", "Customer satisfaction (top two box)");
        browser.findElement(By.id("level-change:save-change")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("levels"), "Customer satisfaction (top two box)"));
        assertTrue(browser.findElement(By.xpath("//tbody[@id='levels:list_data']/tr[contains(., 'top two box')]")).getText()
                .contains("Key (reported only)"), "still a key level");

        type("level-change:changed-name", "Customer satisfaction");
        browser.findElement(By.id("level-change:save-change")).click();
        waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("levels"),
                "Customer satisfaction (top two box)")));
    }

    @Test
    void aKeyLevelWithAnAllocationIsRefusedByTheLevelItself() {
        // Brightline's statement of work is still a draft, so levels may be defined on it
        signIn("rm@northwind.example", "tandem-demo");
        browser.findElement(By.linkText("Northwind x Brightline: policy administration")).click();
        browser.findElement(By.id("tab-service-levels")).click();
        type("definition:name", "Calls answered within 30 s");
        type("definition:parameter", "30");
        browser.findElement(By.cssSelector("#definition\\:critical .ui-chkbox-box")).click();
        type("definition:allocation", "10");
        type("definition:from", "2026-03");
        type("definition:expected", "80");
        type("definition:minimum", "75");
        browser.findElement(By.id("definition:create")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "A key service level is reported only: its pool allocation must be 0%."));
        assertTrue(!browser.findElement(By.id("levels")).getText().contains("within 30 s"), "nothing was defined");
    }

    @Test
    void reliefIsAskedForByTheProviderAndRejectedByTheClientWithAReason() {
        signIn(fixtures.accountManager());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-reliefs")).click();
        choose("ask:relief-level", fixtures.label(fixtures.answered()));
        type("ask:relief-period", "2026-02");
        type("ask:reason", "Fire drill at the Leeds site closed the floor for a morning.");
        browser.findElement(By.id("ask:request")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Relief requested."));
        assertEquals("Requested", reliefRow("Fire drill").findElement(By.xpath(".//*[contains(@id, 'relief-status')]"))
                .getText());
        assertTrue(browser.findElements(By.id("reliefs:note")).isEmpty(), "only the client decides");
        String reliefPage = browser.getCurrentUrl();
        Browser.signOut(browser);

        signIn(fixtures.rm());
        browser.get(reliefPage);
        assertTrue(browser.findElements(By.id("ask:request")).isEmpty(), "only the provider asks");
        reliefRow("Fire drill").findElement(By.xpath(".//button[contains(@id, 'reject')]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Say why the relief is rejected."));
        type("reliefs:note", "The drill was planned: staff it as an ordinary morning.");
        reliefRow("Fire drill").findElement(By.xpath(".//button[contains(@id, 'reject')]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Relief rejected."));
        WebElement rejected = reliefRow("Fire drill");
        assertEquals("Rejected", rejected.findElement(By.xpath(".//*[contains(@id, 'relief-status')]")).getText());
        assertTrue(rejected.getText().contains("The drill was planned"), rejected.getText());
        assertTrue(rejected.findElements(By.tagName("button")).isEmpty(), "a decided request has no buttons");
    }

    private WebElement reliefRow(String reason) {
        return browser.findElement(By.xpath("//tbody[@id='reliefs:relief-list_data']/tr[contains(., '" + reason + "')]"));
    }

    private void openScorecard(String workspace) {
        browser.get(base + "servicelevel/scorecard.xhtml?workspace=" + workspace + "&to=2026-06");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("scorecard")));
    }

    /** The March 2026 cell of the level's row: the ninth month of July 2025 to June 2026. */
    private WebElement marchCell() {
        WebElement row = browser.findElement(By.xpath(
                "//tbody[@id='scorecard_data']/tr[td[1][contains(., 'Calls answered within 20 s')]]"));
        return row.findElement(By.xpath("./td[10]//div[contains(@class, 'tandem-cell')]"));
    }
}

package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Procurement drafts a contract, sets its credit regime and brings it into force; others read it.
 * Procurement attaches documents to a contract; the provider finds them there.
 */
class ContractPagesIT extends BrowserTest {

    @Test
    void procurementBringsAContractIntoForceAndTheProviderReadsIt() {
        String reference = "SOW-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(fixtures.procurement());
        openClaimsContracts();

        type("draft:reference", reference);
        type("draft:title", "Weekend claims cover");
        type("draft:effective_input", "2026-01-01");
        type("draft:expiry_input", "2027-12-31");
        type("draft:annual", "600000");
        type("draft:monthly", "50000");
        browser.findElement(By.id("draft:create")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Contract drafted."));
        assertTrue(browser.findElement(By.id("contracts")).getText().contains(reference));

        browser.findElement(By.linkText(reference)).click();
        assertEquals("Draft", browser.findElement(By.id("details:status")).getText());
        type("details:at-risk", "12");
        type("details:pool-cap", "250");
        type("details:earn-back", "3");
        type("details:improvement", "10");
        type("details:gain-share", "50");
        browser.findElement(By.id("details:save-regime")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Credit regime saved."));
        clickButton("Send for review");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "In review"));
        clickButton("Bring into force");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "Active"));
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        openClaimsContracts();
        assertTrue(browser.findElements(By.id("draft:create")).isEmpty(), "the provider reads, the client drafts");
        browser.findElement(By.linkText(reference)).click();
        assertEquals("Active", browser.findElement(By.id("details:status")).getText());
        assertTrue(browser.findElement(By.id("details:monthly")).getText().startsWith("50,000.00"));
        assertTrue(browser.findElements(By.id("details:save-regime")).isEmpty());
    }

    @Test
    void terminatingAContractIsConfirmedFirstAndCancellingLeavesItInForce() {
        String reference = "SOW-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(fixtures.procurement());
        openClaimsContracts();
        type("draft:reference", reference);
        type("draft:title", "Overflow cover");
        type("draft:effective_input", "2026-01-01");
        type("draft:expiry_input", "2027-12-31");
        type("draft:annual", "120000");
        type("draft:monthly", "10000");
        browser.findElement(By.id("draft:create")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Contract drafted."));
        browser.findElement(By.linkText(reference)).click();
        type("details:at-risk", "10");
        type("details:pool-cap", "200");
        type("details:earn-back", "0");
        type("details:improvement", "0");
        type("details:gain-share", "0");
        browser.findElement(By.id("details:save-regime")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Credit regime saved."));
        clickButton("Send for review");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "In review"));
        clickButton("Bring into force");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "Active"));

        clickButton("Terminate");
        WebElement question = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")));
        assertEquals("Terminate " + reference + "? Its service levels stop applying and it can no longer be edited.",
                question.getText());
        confirm(false);
        browser.navigate().refresh();
        assertEquals("Active", browser.findElement(By.id("details:status")).getText(), "cancelled: still in force");

        clickButton("Terminate");
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "Terminated"));
        browser.navigate().refresh();
        assertEquals("Terminated", browser.findElement(By.id("details:status")).getText());
    }

    @Test
    void anAmountNoColumnHoldsIsRefusedWithItsFieldAndNothingIsDrafted() {
        String reference = "SOW-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(fixtures.procurement());
        openClaimsContracts();

        type("draft:reference", reference);
        type("draft:title", "Unbounded");
        type("draft:effective_input", "2026-01-01");
        type("draft:expiry_input", "2027-12-31");
        type("draft:annual", "1e1000000");
        type("draft:monthly", "0.001");
        browser.findElement(By.id("draft:create")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "annualValue must be a number from"));
        type("draft:annual", "1".repeat(5000));
        browser.findElement(By.id("draft:create")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is not a number"));
        assertFalse(browser.findElement(By.id("contracts")).getText().contains(reference));
    }

    @Test
    void procurementAttachesTheSignedCopyAndTheProviderFindsIt() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Path signed = pdf("Signed annex " + tag + ".pdf", 9 * 1024 * 1024);
        Path tooLarge = pdf("Scan " + tag + ".pdf", 11 * 1024 * 1024);
        Path draft = pdf("Draft annex " + tag + ".pdf", 1024);
        signIn(fixtures.procurement());
        openClaimsContracts();
        browser.findElement(By.linkText(fixtures.contract().reference())).click();
        assertTrue(browser.findElement(By.id("documents")).getText().contains(fixtures.contract().signedCopy()));

        upload("new-document", signed, "Document uploaded.");
        upload("new-document", tooLarge, "A document may be at most 10 MB.");
        upload("new-document", draft, "Document uploaded.");
        documentRow(draft).findElement(By.xpath(".//button[contains(@id, 'remove')]")).click();
        confirm(true);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Document removed."));
        String row = documentRow(signed).getText();
        assertTrue(row.contains("PDF") && row.contains("9 MB") && row.contains(fixtures.procurement().name()), row);
        String listed = browser.findElement(By.id("documents")).getText();
        assertFalse(listed.contains(draft.getFileName().toString()), listed);
        assertFalse(listed.contains(tooLarge.getFileName().toString()), listed);
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        openClaimsContracts();
        browser.findElement(By.linkText(fixtures.contract().reference())).click();
        WebElement download = browser.findElement(By.linkText(signed.getFileName().toString()));
        assertTrue(download.getAttribute("href").matches(".*/api/v1/workspaces/\\d+/documents/\\d+"),
                download.getAttribute("href"));
        assertTrue(browser.findElements(By.id("new-document:upload")).isEmpty(),
                "the provider reads, the client uploads");
    }

    private WebElement documentRow(Path file) {
        return browser.findElement(By.xpath("//tr[.//a[normalize-space(.)='" + file.getFileName() + "']]"));
    }

    /** A file that starts like a PDF, of the given size. */
    private static Path pdf(String name, int size) throws IOException {
        Path file = Files.createTempDirectory("tandem-upload").resolve(name);
        return Files.write(file, Arrays.copyOf("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), size));
    }

    private void openClaimsContracts() {
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-contracts")).click();
        assertEquals("Contracts", browser.findElement(By.cssSelector("h1.tandem-title")).getText());
    }
}

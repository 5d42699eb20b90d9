package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Procurement drafts a contract, sets its credit regime and brings it into force; others read it. */
class ContractPagesIT extends BrowserTest {

    @Test
    void procurementBringsAContractIntoForceAndTheProviderReadsIt() {
        String reference = "SOW-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("procurement@northwind.example", "tandem-demo");
        openCalltechContracts();

        type("draft:reference", reference);
        type("draft:title", "Weekend claims cover");
        type("draft:effective_input", "2026-01-01");
        type("draft:expiry_input", "2027-12-31");
        type("draft:annual_input", "600000");
        type("draft:monthly_input", "50000");
        browser.findElement(By.id("draft:create")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Contract drafted."));
        assertTrue(browser.findElement(By.id("contracts")).getText().contains(reference));

        browser.findElement(By.linkText(reference)).click();
        assertEquals("Draft", browser.findElement(By.id("details:status")).getText());
        type("details:at-risk_input", "12");
        type("details:pool-cap_input", "250");
        type("details:earn-back_input", "3");
        type("details:improvement_input", "10");
        type("details:gain-share_input", "50");
        browser.findElement(By.id("details:save-regime")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Credit regime saved."));
        clickButton("Send for review");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "In review"));
        clickButton("Bring into force");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("details:status"), "Active"));
        Browser.signOut(browser);

        signIn("am@calltech.example", "tandem-demo");
        openCalltechContracts();
        assertTrue(browser.findElements(By.id("draft:create")).isEmpty(), "the provider reads, the client drafts");
        browser.findElement(By.linkText(reference)).click();
        assertEquals("Active", browser.findElement(By.id("details:status")).getText());
        assertTrue(browser.findElement(By.id("details:monthly")).getText().startsWith("50,000.00"));
        assertTrue(browser.findElements(By.id("details:save-regime")).isEmpty());
    }

    private void openCalltechContracts() {
        browser.findElement(By.linkText("Northwind x Calltech: UK claims")).click();
        browser.findElement(By.id("tab-contracts")).click();
        assertEquals("Contracts", browser.findElement(By.cssSelector("h1.tandem-title")).getText());
    }
}

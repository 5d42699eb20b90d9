package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The client's relationship manager drafts and signs a data-sharing agreement; the provider's account manager signs it too. */
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
}

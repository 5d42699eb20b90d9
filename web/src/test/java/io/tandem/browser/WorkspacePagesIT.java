package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures.Person;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Each side's view of a workspace, as its relationship manager and account manager see it. */
class WorkspacePagesIT extends BrowserTest {

    @Test
    void theRelationshipManagersNoteStaysOnTheClientSide() {
        String note = "Query the October AHT figures " + UUID.randomUUID();
        signIn(fixtures.rm());
        openWorkspaceFromTheSwitcher();
        assertEquals("Internal notes (client side)", panelTitle("notes"));
        browser.findElement(By.id("note-form:note")).sendKeys(note);
        browser.findElement(By.id("note-form:add-note")).click();
        waitForText("notes-list", note);
        Browser.signOut(browser);

        signIn(fixtures.accountManager());
        openWorkspaceFromTheSwitcher();

        assertEquals("Internal notes (provider side)", panelTitle("notes"));
        String providerNotes = browser.findElement(By.id("notes-list")).getText();
        assertTrue(providerNotes.contains(fixtures.providerNote()), providerNotes);
        assertFalse(browser.getPageSource().contains(note));
        assertFalse(browser.getPageSource().contains(fixtures.clientNote()));
    }

    @Test
    void theAccountManagerVerifiesTheAuditTrail() {
        signIn(fixtures.accountManager());
        openWorkspaceFromTheSwitcher();
        browser.findElement(By.id("tab-audit")).click();

        assertEquals("Audit trail", browser.findElement(By.cssSelector("h1.tandem-title")).getText());
        choose("audit:entity-type", "Internal note");
        browser.findElement(By.id("audit:apply-filter")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:events"), "Internal note"));
        browser.findElement(By.id("audit:verify")).click();
        waitForText("messages", "The audit chain is intact");
    }

    @Test
    void eachRoleSeesOnlyWhatItMayUse() {
        signIn(fixtures.analyst());
        openWorkspaceFromTheSwitcher();
        assertTrue(browser.findElements(By.id("note-form:note")).isEmpty(), "analysts read only");
        assertTrue(browser.findElements(By.id("nav-users")).isEmpty());
        Browser.signOut(browser);

        signIn(fixtures.reviewer());
        openWorkspaceFromTheSwitcher();
        assertTrue(browser.findElements(By.id("tab-audit")).isEmpty(), "reviewers do not read the audit trail");
        Browser.signOut(browser);

        signIn(fixtures.clientAdmin());
        browser.findElement(By.id("nav-users")).click();
        assertTrue(browser.findElement(By.id("users:user-list")).getText().contains(fixtures.analyst().name()));
        for (Person outsider : fixtures.otherClientPeople()) {
            assertFalse(browser.getPageSource().contains(outsider.email()), outsider.email());
        }
        Browser.signOut(browser);

        signIn(fixtures.platformAdmin());
        assertEquals("Platform administration", browser.findElement(By.cssSelector("h1.tandem-title")).getText());
        assertTrue(browser.findElements(By.id("switcher:switch")).isEmpty(), "no workspaces for the platform admin");
    }

    private void openWorkspaceFromTheSwitcher() {
        String claims = fixtures.claimsWorkspace().name();
        browser.findElement(By.id("switcher:switch_button")).click();
        WebElement item = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.linkText(claims)));
        // a pointer click can land while the menu is still fading in and do nothing; the item's own
        // click follows its link
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", item);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.cssSelector("h1.tandem-title"), claims));
    }

    private String panelTitle(String panel) {
        return browser.findElement(By.cssSelector("#" + panel + " .ui-panel-title")).getText();
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }
}

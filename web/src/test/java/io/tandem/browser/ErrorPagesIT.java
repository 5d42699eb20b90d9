package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A refusal says which it is, inside the normal header: the caller's role does not allow the
 * page (403), or there is nothing there for them (404, a missing page or a record they may not see).
 * Like every page, it is sent and parsed as HTML: the container's error dispatch had it go out as
 * {@code application/xhtml+xml}, which the browser parses as XML.
 */
class ErrorPagesIT extends BrowserTest {

    @Test
    void aPageTheRoleDoesNotAllowSaysSoInsideTheHeader() {
        signIn(fixtures.reviewer());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();

        browser.get(base + "servicelevel/service-levels.xhtml?workspace=" + fixtures.claimsWorkspace().id());

        assertEquals("Not allowed", title());
        assertEquals("Your role does not allow this. Ask your organisation's administrator if you need it.",
                browser.findElement(By.id("forbidden")).getText());
        assertTheNormalHeader();
    }

    @Test
    void aRecordThatIsNotThereAndAMissingPageSayNothingIsThere() {
        signIn(fixtures.rm());
        for (String page : new String[] {"workspace/home.xhtml?workspace=999999999", "no-such-page.xhtml"}) {
            browser.get(base + page);

            assertEquals("Nothing here", title(), page);
            assertEquals("There is nothing here: the address may be wrong, or the record does not exist or is not "
                    + "shared with you.", browser.findElement(By.id("not-found")).getText(), page);
            assertTheNormalHeader();
        }
    }

    private String title() {
        return browser.findElement(By.cssSelector("main h1.tandem-title")).getText();
    }

    private void assertTheNormalHeader() {
        assertTrue(browser.findElement(By.id("nav-home")).isDisplayed());
        assertTrue(browser.findElement(By.id("caller-name")).isDisplayed());
        assertTrue(browser.findElement(By.id("shell:sign-out")).isDisplayed());
        assertEquals("Back to your workspaces", browser.findElement(By.id("back-home")).getText());
        assertEquals("text/html", ((JavascriptExecutor) browser).executeScript("return document.contentType"));
    }
}

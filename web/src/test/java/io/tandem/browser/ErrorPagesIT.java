package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A refusal says which it is, inside the normal header: the caller's role does not allow the
 * page (403), or there is nothing there for them (404, a missing page or a record they may not see).
 */
class ErrorPagesIT extends BrowserTest {

    @Test
    void aPageTheRoleDoesNotAllowSaysSoInsideTheHeader() {
        signIn("reviewer@qualis.example", "tandem-demo");
        browser.findElement(By.linkText("Northwind x Calltech: UK claims")).click();
        Matcher workspace = Pattern.compile("workspace=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(workspace.find(), browser.getCurrentUrl());

        browser.get(base + "servicelevel/service-levels.xhtml?workspace=" + workspace.group(1));

        assertEquals("Not allowed", title());
        assertEquals("Your role does not allow this. Ask your organisation's administrator if you need it.",
                browser.findElement(By.id("forbidden")).getText());
        assertTheNormalHeader();
    }

    @Test
    void aRecordThatIsNotThereAndAMissingPageSayNothingIsThere() {
        signIn("rm@northwind.example", "tandem-demo");
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
    }
}

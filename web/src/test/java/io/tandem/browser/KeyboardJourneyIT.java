package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journey with the keyboard alone: Tab to a control, Enter or Space to use it, typing to
 * fill it; nothing is clicked. Calltech submits December 2025 for first-contact resolution (7,600
 * of 10,000: 76%, met), Northwind disputes it, Calltech answers, Northwind resolves it.
 */
class KeyboardJourneyIT extends BrowserTest {

    private static final String WORKSPACE = "Northwind x Calltech: UK claims";
    private static final String LEVEL = "MSA-2025-001 · First-contact resolution";

    @Test
    void aMeasurementIsSubmittedDisputedAnsweredAndResolvedWithTheKeyboardOnly() {
        signInWithTheKeyboard("am@calltech.example");
        follow(By.linkText(WORKSPACE));
        follow(By.id("tab-measurements"));
        tabTo(By.id("submit:level_label"));
        for (int i = 0; i < 12 && !LEVEL.equals(browser.findElement(By.id("submit:level_label")).getText()); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertEquals(LEVEL, browser.findElement(By.id("submit:level_label")).getText());
        fill(By.id("submit:period"), "2025-12");
        fill(By.id("submit:numerator"), "7600");
        fill(By.id("submit:denominator"), "10000");
        fill(By.id("submit:evidence"), "CRM export, December");
        tabTo(By.id("submit:send"));
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Measurement submitted for the client's review."));
        follow(By.xpath("//tr[td[1][contains(., 'First-contact resolution')] and td[2][normalize-space(.)='2025-12']]//a"));
        String measurementPage = browser.getCurrentUrl();
        signOutWithTheKeyboard();

        signInWithTheKeyboard("rm@northwind.example");
        follow(By.linkText(WORKSPACE));
        follow(By.id("tab-measurements"));
        follow(By.xpath("//tr[td[1][contains(., 'First-contact resolution')] and td[2][normalize-space(.)='2025-12']]//a"));
        assertEquals("Awaiting review", browser.findElement(By.id("review:status")).getText());
        fill(By.id("review:text"), "Repeat contacts within 7 days seem to be left out.");
        tabTo(By.id("review:dispute"));
        press(Keys.SPACE);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Disputed"));
        signOutWithTheKeyboard();

        signInWithTheKeyboard("am@calltech.example");
        browser.get(measurementPage);
        fill(By.id("review:text"), "They are in: the export counts a contact once per 7 days.");
        tabTo(By.id("review:reply"));
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:thread"), "once per 7 days"));
        signOutWithTheKeyboard();

        signInWithTheKeyboard("rm@northwind.example");
        browser.get(measurementPage);
        fill(By.id("review:text"), "Agreed, the figure stands.");
        tabTo(By.id("review:resolve"));
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Resolved"));
        assertTrue(browser.findElement(By.id("review:thread")).getText().contains("Agreed, the figure stands."));
    }

    private void signInWithTheKeyboard(String email) {
        browser.get(base.toString());
        fill(By.id("login:email"), email);
        fill(By.id("login:password"), "tandem-demo");
        WebElement form = browser.findElement(By.id("login"));
        press(Keys.ENTER);
        waitForReplacement(form);
    }

    private void signOutWithTheKeyboard() {
        tabTo(By.id("shell:sign-out"));
        press(Keys.ENTER);
        waitFor(ExpectedConditions.urlContains("login.xhtml"));
    }

    /** Tabs to a link and follows it with Enter. */
    private void follow(By link) {
        WebElement page = browser.findElement(By.tagName("body"));
        tabTo(link);
        press(Keys.ENTER);
        waitForReplacement(page);
    }

    private void fill(By field, String text) {
        tabTo(field);
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).perform();
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Presses Tab until the element has the focus, as a keyboard user moves through the page. */
    private void tabTo(By target) {
        WebElement element = waitFor(ExpectedConditions.presenceOfElementLocated(target));
        for (int presses = 0; presses < 150; presses++) {
            if (element.equals(browser.switchTo().activeElement())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + target);
    }
}

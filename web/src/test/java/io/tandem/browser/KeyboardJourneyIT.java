package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journey with the keyboard alone: Tab to a control, Enter or Space to use it, typing to
 * fill it; nothing is clicked. The provider submits April 2026 for customer satisfaction (1,700 of
 * 2,000: 85%, met), the client disputes it, the provider answers, the client resolves it.
 */
class KeyboardJourneyIT extends BrowserTest {

    @Test
    void aMeasurementIsSubmittedDisputedAnsweredAndResolvedWithTheKeyboardOnly() {
        String workspace = fixtures.claimsWorkspace().name();
        String level = fixtures.label(fixtures.satisfaction());
        String month = "//tr[td[1][contains(., '" + fixtures.satisfaction().name()
                + "')] and td[2][normalize-space(.)='2026-04']]//a";
        signInWithTheKeyboard(fixtures.accountManager());
        follow(By.linkText(workspace));
        follow(By.id("tab-measurements"));
        tabTo(By.id("submit:level_label"));
        for (int i = 0; i < 12 && !level.equals(browser.findElement(By.id("submit:level_label")).getText()); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertEquals(level, browser.findElement(By.id("submit:level_label")).getText());
        fill(By.id("submit:period"), "2026-04");
        fill(By.id("submit:numerator"), "1700");
        fill(By.id("submit:denominator"), "2000");
        fill(By.id("submit:evidence"), "Survey export, April");
        tabTo(By.id("submit:send"));
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Measurement submitted for the client's review."));
        follow(By.xpath(month));
        String measurementPage = browser.getCurrentUrl();
        signOutWithTheKeyboard();

        signInWithTheKeyboard(fixtures.rm());
        follow(By.linkText(workspace));
        follow(By.id("tab-measurements"));
        follow(By.xpath(month));
        assertEquals("Awaiting review", browser.findElement(By.id("review:status")).getText());
        fill(By.id("review:text"), "Repeat contacts within 7 days seem to be left out.");
        tabTo(By.id("review:dispute"));
        press(Keys.SPACE);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Disputed"));
        signOutWithTheKeyboard();

        signInWithTheKeyboard(fixtures.accountManager());
        browser.get(measurementPage);
        fill(By.id("review:text"), "They are in: the export counts a contact once per 7 days.");
        tabTo(By.id("review:reply"));
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:thread"), "once per 7 days"));
        signOutWithTheKeyboard();

        signInWithTheKeyboard(fixtures.rm());
        browser.get(measurementPage);
        fill(By.id("review:text"), "Agreed, the figure stands.");
        tabTo(By.id("review:resolve"));
        press(Keys.ENTER);
        // resolving settles the month: the confirmation asks first, and is answered by keyboard too
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:yes")));
        tabTo(By.id("confirm:yes"));
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("review:status"), "Resolved"));
        assertTrue(browser.findElement(By.id("review:thread")).getText().contains("Agreed, the figure stands."));
    }

    private void signInWithTheKeyboard(Person person) {
        browser.get(base.toString());
        fill(By.id("login:email"), person.email());
        fill(By.id("login:password"), fixtures.password());
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

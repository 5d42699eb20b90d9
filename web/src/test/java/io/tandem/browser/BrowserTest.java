package io.tandem.browser;

import io.tandem.testing.Fixtures;
import io.tandem.testing.Fixtures.Person;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium per test against the shared deployment. Every page it shows is
 * checked with axe for WCAG 2.1 AA; a test fails on any violation it met (see
 * {@link AccessibilityCheck}).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @ArquillianResource
    URL base;

    WebDriver browser;

    Fixtures fixtures;

    /** Where the browser saves downloads. */
    Path downloads;

    AccessibilityCheck accessibility;

    @BeforeEach
    void openBrowser() {
        fixtures = Fixtures.of(base);
        downloads = Browser.temporaryDirectory("tandem-downloads");
        accessibility = new AccessibilityCheck(Browser.open(downloads, language(), 1366, 768));
        browser = accessibility.watched();
    }

    /** Clicks a button that downloads a file (an export, an attachment) and waits for the saved file. */
    Path download(String button, String fileName) {
        browser.findElement(By.id(button)).click();
        return downloaded(fileName);
    }

    /** The file the browser saves as {@code fileName}, once it has saved it whole. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0
                        && !Files.exists(downloads.resolve(fileName + ".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return file;
    }

    /** The language the browser asks for; a test of German pages answers "de-DE". */
    String language() {
        return "en-GB";
    }

    @AfterEach
    void closeBrowser() {
        try {
            accessibility.checkNewPage();
        } finally {
            browser.quit();
        }
        accessibility.assertNoViolations();
    }

    void signIn(String email, String password) {
        Browser.signIn(browser, base.toString(), email, password);
    }

    /** Signs in as a fixture user, with the fixtures' password. */
    void signIn(Person person) {
        signIn(person.email(), fixtures.password());
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void clickButton(String label) {
        waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[.//span[normalize-space(.)='" + label + "']]"))).click();
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, through the menu's own widget:
     * clicking an item of the overlay did not always register in headless Chromium when a page
     * has several menus with the same items.
     */
    void choose(String menuId, String label) {
        Object chosen = ((JavascriptExecutor) browser).executeScript("""
                var menu = PrimeFaces.getWidgetById(arguments[0]);
                var option = Array.from(document.getElementById(arguments[0] + '_input').options)
                        .find(o => o.text === arguments[1]);
                if (!option) { return false; }
                menu.selectValue(option.value);
                return true;""", menuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError(menuId + " has no option " + label);
        }
    }

    /** Answers the confirmation the last click asked for: yes or no. */
    void confirm(boolean yes) {
        waitFor(ExpectedConditions.elementToBeClickable(By.id(yes ? "confirm:yes" : "confirm:no"))).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    }

    /**
     * Uploads a file through the form {@code form} (its file input and its {@code upload} button):
     * the upload posts the whole page, so this waits for the new page before reading its messages.
     */
    void upload(String form, Path file, String outcome) {
        WebElement before = browser.findElement(By.id("messages"));
        browser.findElement(By.cssSelector("#" + form + " input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.id(form + ":upload")).click();
        waitForReplacement(before);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), outcome));
    }

    /** Waits until a full page load has replaced {@code element}. */
    void waitForReplacement(WebElement element) {
        Browser.waitUntilGone(browser, element);
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Page said: " + browser.findElement(By.tagName("main")).getText()
                    + "\nMessages: " + browser.findElements(By.id("messages")).stream().map(WebElement::getText).toList(), e);
        }
    }
}

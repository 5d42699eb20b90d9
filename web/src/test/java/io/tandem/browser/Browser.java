package io.tandem.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages (no driver download: this machine has no
 * internet). CHROME_BIN and CHROMEDRIVER override the Debian paths. {@link BrowserTest} has every
 * page it shows checked for accessibility by {@link AccessibilityCheck}.
 */
final class Browser {

    private Browser() {
    }

    static WebDriver open() {
        return open(temporaryDirectory("tandem-downloads"));
    }

    /** A browser that saves what it downloads (an exported table, say) into {@code downloads}. */
    static WebDriver open(Path downloads) {
        return open(downloads, "en-GB", 1366, 768);
    }

    /** A browser asking for pages in {@code language} (an Accept-Language tag), with a window of that size. */
    static WebDriver open(Path downloads, String language, int width, int height) {
        String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=" + language, "--window-size=" + width + "," + height,
                "--user-data-dir=" + temporaryDirectory("tandem-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return browser;
    }

    /** Opens Tandem and signs in through the login page. */
    static void signIn(WebDriver browser, String base, String email, String password) {
        browser.get(base);
        WebElement emailField = browser.findElement(By.id("login:email"));
        emailField.clear();
        emailField.sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        WebElement signIn = browser.findElement(By.id("login:sign-in"));
        signIn.click();
        // the answer is a new page: wait until the login page we submitted has gone
        waitUntilGone(browser, signIn);
    }

    /**
     * Waits until a page load has replaced {@code element}. ChromeDriver reports a replaced node
     * either as stale or as "not belonging to the document": either means it is gone.
     */
    static void waitUntilGone(WebDriver browser, WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    static void signOut(WebDriver browser) {
        browser.findElement(By.id("shell:sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("login.xhtml"));
    }

    static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

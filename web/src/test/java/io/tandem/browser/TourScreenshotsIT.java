package io.tandem.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The README tour's screenshots: the inbox, a workspace home, its scorecard and its audit trail,
 * as the demo's relationship manager sees them at 1440x900, in English and German. Runs only when
 * asked, writing into the given directory:
 * {@code mvn -o verify -pl ejb,web -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=TourScreenshotsIT -Dtandem.screenshots=$PWD/docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "tandem.screenshots", matches = ".+")
class TourScreenshotsIT extends BrowserTest {

    private static final String WORKSPACE = "Northwind x Calltech: UK claims";

    @Test
    void theTourInEnglishAndGerman() throws IOException {
        Path directory = Path.of(System.getProperty("tandem.screenshots"));
        for (String language : new String[] {"en-GB", "de-DE"}) {
            WebDriver tour = Browser.open(downloads, language, 1440, 900);
            try {
                Path into = Files.createDirectories(directory.resolve(language.substring(0, 2)));
                Browser.signIn(tour, base.toString(), "rm@northwind.example", "tandem-demo");
                save(tour, into.resolve("inbox.png"));
                follow(tour, By.linkText(WORKSPACE));
                save(tour, into.resolve("workspace-home.png"));
                follow(tour, By.id("tab-scorecard"));
                save(tour, into.resolve("scorecard.png"));
                follow(tour, By.id("tab-audit"));
                save(tour, into.resolve("audit-trail.png"));
            } finally {
                tour.quit();
            }
        }
    }

    private static void follow(WebDriver tour, By link) {
        WebElement page = tour.findElement(By.tagName("body"));
        tour.findElement(link).click();
        Browser.waitUntilGone(tour, page);
    }

    private static void save(WebDriver tour, Path file) throws IOException {
        Path shot = ((TakesScreenshot) tour).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}

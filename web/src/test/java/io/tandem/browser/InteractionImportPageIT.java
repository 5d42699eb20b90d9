package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.interaction.InteractionFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The provider's account manager imports a file of 100,000 contacts on the interactions page:
 * the upload starts as the file is chosen, its progress bar fills, and the history shows the
 * stored file; a refused file lists its bad lines and stores nothing.
 */
class InteractionImportPageIT extends BrowserTest {

    @Test
    void aChosenFileUploadsWithItsProgressShownAndAppearsInTheHistory() throws Exception {
        String prefix = "P" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempDirectory("tandem-interactions").resolve(prefix + ".csv");
        try (InputStream generated = InteractionFiles.generated(prefix, 100_000, 2025, 6)) {
            Files.copy(generated, file, StandardCopyOption.REPLACE_EXISTING);
        }
        signIn(fixtures.otherProviderAccountManager());
        browser.get(base + "interaction/imports.xhtml?workspace=" + fixtures.policyAdministrationWorkspace().id());
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("sample")));
        // Every value the progress bar takes, as the page shows it.
        ((JavascriptExecutor) browser).executeScript("""
                window.progressSeen = [];
                new MutationObserver(changes => changes.forEach(change => {
                    if (change.target.getAttribute('role') === 'progressbar') {
                        window.progressSeen.push(Number(change.target.getAttribute('aria-valuenow')));
                    }
                })).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['aria-valuenow']});""");

        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "100,000 interaction(s) stored"));
        @SuppressWarnings("unchecked")
        List<Number> progress = (List<Number>) ((JavascriptExecutor) browser).executeScript("return window.progressSeen;");
        assertTrue(progress.stream().anyMatch(value -> value.intValue() == 100), "progress seen: " + progress);
        String row = browser.findElement(By.xpath("//tbody[@id='history:list_data']/tr[.//span[normalize-space(.)='"
                + file.getFileName() + "']]")).getText();
        assertTrue(row.contains("Stored") && row.contains("100,000"), row);
    }

    @Test
    void aRefusedFileListsItsBadLinesAndStoresNothing() throws Exception {
        String prefix = "Q" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempDirectory("tandem-interactions").resolve(prefix + ".csv");
        Files.writeString(file, InteractionFiles.HEADER
                + prefix + ",VOICE,Policy,2025-07-01 09:00:00,,,true,5,,,,,,\n"
                + prefix + "-2,VOICE,Policy,2025-07-01 09:00:00,,,true,5,,,,,7,\n");
        signIn(fixtures.otherProviderAccountManager());
        browser.get(base + "interaction/imports.xhtml?workspace=" + fixtures.policyAdministrationWorkspace().id());
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("sample")));

        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload:rejected"), "Line 3"));
        assertEquals("Line 3: csat must lie in 1–5.", browser.findElement(By.id("upload:rejected")).getText());
        String row = browser.findElement(By.xpath("//tbody[@id='history:list_data']/tr[.//span[normalize-space(.)='"
                + file.getFileName() + "']]")).getText();
        assertTrue(row.contains("Rejected, nothing stored"), row);
    }
}

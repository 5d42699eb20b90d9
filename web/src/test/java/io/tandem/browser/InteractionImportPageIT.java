package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.interaction.InteractionFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The provider's account manager imports a file of 100,000 contacts on the interactions page:
 * the upload starts as the file is chosen, its progress bar fills, and the history shows the
 * stored file; a refused file lists its bad lines and stores nothing. And the journey it starts: a
 * month's contacts uploaded on the page show in the dashboard's volumes and, for the fixtures'
 * computed level, as that month's computed measurement on the scorecard and the month's own page.
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

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "100000 interaction(s) stored"));
        @SuppressWarnings("unchecked")
        List<Number> progress = (List<Number>) ((JavascriptExecutor) browser).executeScript("return window.progressSeen;");
        assertTrue(progress.stream().anyMatch(value -> value.intValue() == 100), "progress seen: " + progress);
        String row = browser.findElement(By.xpath("//tbody[@id='history:list_data']/tr[.//span[normalize-space(.)='"
                + file.getFileName() + "']]")).getText();
        assertTrue(row.contains("Stored") && row.contains("100,000"), row);
    }

    /**
     * Two months ago, as the fixtures' figures are last month's: five voice contacts of the queue
     * Policy, four answered within 30 s and one abandoned after 40 s, make 4 / 5 = 80 % for the
     * computed level "Renewal calls in 30 s" (80/75), met.
     */
    @Test
    void aMonthsContactsUploadedOnThePageChangeTheVolumesAndBecomeThatMonthsComputedMeasurement() throws Exception {
        YearMonth month = YearMonth.now().minusMonths(2);
        String level = fixtures.computedLevel().level().name();
        String prefix = "J" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime first = month.atDay(14).atTime(11, 0);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        StringBuilder contacts = new StringBuilder(InteractionFiles.HEADER);
        int[] waits = {8, 14, 22, 30};
        for (int i = 0; i < waits.length; i++) {
            LocalDateTime offered = first.plusMinutes(i);
            contacts.append(prefix).append('-').append(i).append(",VOICE,Policy,").append(offered.format(time))
                    .append(',').append(offered.plusSeconds(waits[i]).format(time)).append(',')
                    .append(offered.plusSeconds(waits[i] + 240).format(time)).append(",false,").append(waits[i])
                    .append(",240,A-7,cust-").append(i).append(",true,,\n");
        }
        contacts.append(prefix).append("-4,VOICE,Policy,").append(first.plusMinutes(5).format(time)).append(",,")
                .append(first.plusMinutes(5).plusSeconds(40).format(time)).append(",true,40,,,cust-9,,,\n");
        Path file = Files.createTempDirectory("tandem-interactions").resolve("renewals-" + month + ".csv");
        Files.writeString(file, contacts);

        signIn(fixtures.otherProviderAccountManager());
        follow(By.linkText(fixtures.policyAdministrationWorkspace().name()));
        follow(By.id("tab-dashboard"));
        List<Integer> before = policyVolumes();
        follow(By.id("tab-scorecard"));
        assertEquals("–", scorecardCell(level, month).getText().strip(), "nothing computed for " + month + " yet");

        follow(By.id("tab-interactions"));
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "5 interaction(s) stored"));

        follow(By.id("tab-dashboard"));
        List<Integer> after = policyVolumes();
        assertEquals(List.of(before.get(0) + 5, before.get(1) + 4, before.get(2) + 1), after,
                "offered, answered, abandoned of Voice · Policy, before " + before);
        follow(By.id("tab-scorecard"));
        WebElement cell = scorecardCell(level, month);
        assertTrue(cell.getText().contains("✓") && cell.getText().contains("80 %"), cell.getText());

        follow(cell.findElement(By.tagName("a")));
        assertEquals("80 %", browser.findElement(By.id("review:value")).getText());
        String figures = browser.findElement(By.id("review:figures")).getText();
        assertTrue(figures.contains("(4 / 5)") && figures.contains("Computed") && figures.contains("Met")
                && figures.contains("Awaiting review") && figures.contains(fixtures.otherProviderAccountManager().name()),
                figures);
        assertTrue(browser.findElement(By.id("review:definition")).getText().contains("30"),
                "the definition stands beside the figure");
        assertTrue(browser.findElements(By.id("review:corrected-value")).isEmpty(),
                "a computed month is not corrected by hand, so the page offers no correction");

        // nor is a month of it entered by hand: the new-measurement form does not offer the level
        browser.get(base + "servicelevel/measurements.xhtml?workspace=" + fixtures.policyAdministrationWorkspace().id());
        List<String> offered = browser.findElements(By.cssSelector("select[id='submit:level_input'] option")).stream()
                .map(option -> option.getAttribute("textContent")).toList();
        assertFalse(offered.isEmpty(), "the form is there");
        assertTrue(offered.stream().noneMatch(option -> option.contains(level)), offered.toString());
    }

    /** Offered, answered and abandoned of the dashboard's volumes row Voice · Policy. */
    private List<Integer> policyVolumes() {
        WebElement row = browser.findElement(By.xpath("//tbody[@id='volumes:list_data']/tr[td[1][normalize-space(.)"
                + "='Voice'] and td[2][normalize-space(.)='Policy']]"));
        return row.findElements(By.tagName("td")).subList(2, 5).stream()
                .map(cell -> Integer.parseInt(cell.getText().strip().replace(",", ""))).toList();
    }

    /** The scorecard's cell of the level's month, found by its column's heading as the page writes it. */
    private WebElement scorecardCell(String level, YearMonth month) {
        String heading = DateTimeFormatter.ofPattern("LLL yyyy", Locale.UK).format(month);
        List<String> headings = browser.findElements(By.xpath("//thead[@id='scorecard_head']/tr/th")).stream()
                .map(th -> th.getText().strip()).toList();
        int column = headings.indexOf(heading);
        assertTrue(column > 0, heading + " among " + headings);
        return browser.findElement(By.xpath("//tbody[@id='scorecard_data']/tr[td[1][contains(., '" + level + "')]]"
                + "/td[" + (column + 1) + "]"));
    }

    private void follow(By link) {
        follow(browser.findElement(link));
    }

    private void follow(WebElement link) {
        WebElement page = browser.findElement(By.tagName("body"));
        link.click();
        waitForReplacement(page);
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

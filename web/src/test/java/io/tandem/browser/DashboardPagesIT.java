package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace dashboard and the portfolio in the browser, on the fixtures' claims workspace (see
 * {@code SharedFixtures}): charts drawn with their figures beside them, the period chosen in the
 * form, a filtered table exported as PDF holding exactly the rows shown, the portfolio reached
 * from the header by the client and refused to the provider. Axe checks every page.
 */
class DashboardPagesIT extends BrowserTest {

    @Test
    void theClientReadsTheDashboardChoosesThePeriodAndExportsWhatItShows() throws IOException {
        long workspace = fixtures.claimsWorkspace().id();
        signIn(fixtures.rm());
        browser.get(base + "workspace/home.xhtml?workspace=" + workspace);
        browser.findElement(By.id("tab-dashboard")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("levels:list")));
        assertEquals("page", browser.findElement(By.id("tab-dashboard")).getAttribute("aria-current"));

        // choose April to October 2026 in the period form
        ((JavascriptExecutor) browser).executeScript("""
                document.getElementById('period:from').value = '2026-04';
                document.getElementById('period:to').value = '2026-10';""");
        WebElement levels = browser.findElement(By.id("levels:list"));
        browser.findElement(By.id("period:show")).click();
        waitForReplacement(levels);
        assertTrue(browser.getCurrentUrl().contains("from=2026-04") && browser.getCurrentUrl().contains("to=2026-10"),
                browser.getCurrentUrl());

        List<WebElement> rows = browser.findElements(By.xpath("//tbody[@id='levels:list_data']/tr"));
        assertTrue(rows.size() >= 2, rows.size() + " levels");
        List<WebElement> charts = browser.findElements(By.cssSelector(".tandem-charts canvas[role='img']"));
        assertEquals(rows.size(), charts.size(), "one chart per level");
        assertTrue(charts.stream().allMatch(c -> !c.getAttribute("aria-label").isBlank()));
        List<WebElement> tables = browser.findElements(By.cssSelector(".tandem-charts details table.tandem-chart-table"));
        assertEquals(rows.size(), tables.size(), "the figures beside each chart");
        assertEquals(List.of("Month", "Value", "Expected", "Minimum", "Result"), tables.get(0)
                .findElements(By.cssSelector("thead th[scope='col']")).stream()
                .map(heading -> heading.getAttribute("textContent")).toList());
        List<WebElement> months = tables.get(0).findElements(By.cssSelector("tbody tr"));
        assertFalse(months.isEmpty());
        assertTrue(months.stream().allMatch(month -> month.findElements(By.cssSelector("th[scope='row']")).size() == 1
                && month.findElements(By.tagName("td")).size() == 4), "a month, three figures and the result");
        assertTrue(tables.stream().anyMatch(table -> table.getAttribute("textContent").contains("73.4 %")),
                "June's value among the charts' figures");
        assertTrue(browser.findElement(By.id("summary")).getText().contains("%"));
        assertTrue(browser.findElements(By.id("credits:list")).size() == 1, "the client reads credits");

        // filter the levels by name: the PDF holds that row and not the others
        WebElement filter = browser.findElement(By.xpath("//thead[@id='levels:list_head']/tr/th[1]"))
                .findElement(By.cssSelector("input.ui-column-filter"));
        filter.sendKeys("answered within");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                driver.findElements(By.xpath("//tbody[@id='levels:list_data']/tr")).size() == 1);
        String shown = browser.findElement(By.xpath("//tbody[@id='levels:list_data']/tr/td[1]")).getText();
        String pdf = pdf(download("levels:list-pdf", "service level attainment.pdf"));
        assertTrue(pdf.contains(shown.replaceAll("\\s", "")), pdf);
        assertFalse(pdf.contains("Abandonmentrate"), "a level the filter left out: " + pdf);
    }

    @Test
    void thePortfolioIsReachedFromTheHeaderByTheClientAndRefusedToTheProvider() {
        signIn(fixtures.portfolioViewer());
        browser.findElement(By.id("nav-portfolio")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("portfolio:list")));
        String table = browser.findElement(By.id("portfolio:list")).getText();
        assertTrue(table.contains(fixtures.claimsWorkspace().name()), table);
        assertTrue(table.contains(fixtures.policyAdministrationWorkspace().name()), table);
        WebElement link = browser.findElement(By.linkText(fixtures.claimsWorkspace().name()));
        link.click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("levels:list")));

        browser.findElement(By.id("shell:sign-out")).click();
        signIn(fixtures.accountManager());
        assertTrue(browser.findElements(By.id("nav-portfolio")).isEmpty(), "no portfolio link for a provider");
        browser.get(base + "dashboard/portfolio.xhtml");
        String page = browser.findElement(By.tagName("main")).getText();
        assertFalse(page.contains(fixtures.claimsWorkspace().name()), page);
        assertTrue(browser.findElements(By.id("portfolio:list")).isEmpty(), page);
    }

    /**
     * The page is sent in ASCII, any other character as a character reference (web.xml says why):
     * the period's en dash arrives as {@code &#8211;} and reads as the dash.
     */
    @Test
    void thePageIsSentInAsciiAndReadsAsWritten() {
        String address = "dashboard/workspace.xhtml?workspace=" + fixtures.claimsWorkspace().id()
                + "&from=2026-04&to=2026-10";
        HttpResponse<String> page = fixtures.kit(base).as(fixtures.rm()).get(address);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(">April 2026 &#8211; October 2026<"), page.body());
        String beyondAscii = page.body().codePoints().filter(c -> c > 127)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertEquals("", beyondAscii);

        signIn(fixtures.rm());
        browser.get(base + address);
        assertEquals("April 2026 \u2013 October 2026", browser.findElement(By.id("period:range")).getText());
    }

    private static String pdf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(bytes);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // without white space: a PDF table wraps a long cell where it likes
            return text.toString().replaceAll("\\s", "");
        } finally {
            reader.close();
        }
    }
}

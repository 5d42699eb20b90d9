package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The table pattern on two lists: a column filter and a sort narrow and order the rows, and the
 * CSV and Excel exports hold exactly those rows, in that order, with the page's columns and text.
 */
class TablePagesIT extends BrowserTest {

    @Test
    void procurementFiltersSortsAndExportsItsContracts() throws IOException {
        String tag = "TBL-" + UUID.randomUUID().toString().substring(0, 6);
        signIn(fixtures.procurement());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-contracts")).click();
        draft(tag + "-A", "20000");
        draft(tag + "-B", "35000.5");
        // a title that a spreadsheet would run as a formula, were it not made inert in the CSV
        draft(tag + "-C", "5000", "=HYPERLINK(\"http://example.org/\",\"" + tag + "\")");

        filter("contracts:list", 0, tag);
        assertEquals(3, shownRows("contracts:list").size(), "only the tagged contracts");
        sort("contracts:list", 6, "ascending");
        sort("contracts:list", 6, "descending");
        List<List<String>> shown = shownRows("contracts:list");
        assertEquals(List.of(tag + "-B", tag + "-A", tag + "-C"), shown.stream().map(row -> row.get(0)).toList(),
                "largest monthly charges first");
        assertEquals("35,000.50 GBP", shown.get(0).get(6));

        List<List<String>> expected = withHeader("contracts:list", shown);
        List<List<String>> inert = expected.stream()
                .map(row -> row.stream().map(cell -> cell.startsWith("=") ? "'" + cell : cell).toList()).toList();
        assertTrue(inert.stream().anyMatch(row -> row.contains("'=HYPERLINK(\"http://example.org/\",\"" + tag + "\")")),
                inert.toString());
        assertEquals(inert, csv(download("contracts:list-csv", "contracts.csv")));
        assertEquals(expected, xlsx(download("contracts:list-xlsx", "contracts.xlsx")), "XLSX cells are typed: text stays text");
        // the PDF holds the same rows in the same order, and nothing the filter left out (compared
        // without white space: a PDF table wraps a long cell where it likes)
        String pdf = pdf(download("contracts:list-pdf", "contracts.pdf")).replaceAll("\\s", "");
        List<Integer> at = shown.stream().map(row -> pdf.indexOf(row.get(0).replaceAll("\\s", ""))).toList();
        assertTrue(at.stream().allMatch(i -> i >= 0) && at.equals(at.stream().sorted().toList()), pdf);
        assertTrue(pdf.contains("35,000.50GBP") && pdf.contains(expected.get(0).get(0)), pdf);
        assertFalse(pdf.contains("MSA-2025-001"), "a contract the filter left out: " + pdf);
    }

    @Test
    void theClientFiltersSortsAndExportsItsServiceLevels() throws IOException {
        signIn(fixtures.rm());
        browser.findElement(By.linkText(fixtures.claimsWorkspace().name())).click();
        browser.findElement(By.id("tab-service-levels")).click();
        int all = shownRows("levels:list").size();

        filter("levels:list", 2, "Critical");
        List<List<String>> critical = shownRows("levels:list");
        assertTrue(critical.size() >= 2 && critical.size() < all, critical.size() + " of " + all);
        assertTrue(critical.stream().allMatch(row -> row.get(2).startsWith("Critical")), critical.toString());
        sort("levels:list", 0, "ascending");
        sort("levels:list", 0, "descending");
        List<List<String>> shown = shownRows("levels:list");
        List<String> names = shown.stream().map(row -> row.get(0)).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(), names);
        assertTrue(names.contains(fixtures.answered().name() + " " + fixtures.contract().reference()), names.toString());

        List<List<String>> expected = withHeader("levels:list", shown);
        assertEquals(expected, csv(download("levels:list-csv", "service levels.csv")));
        assertEquals(expected, xlsx(download("levels:list-xlsx", "service levels.xlsx")));
    }

    private void draft(String reference, String monthly) {
        draft(reference, monthly, "Table pattern " + reference);
    }

    private void draft(String reference, String monthly, String title) {
        type("draft:reference", reference);
        type("draft:title", title);
        if (browser.findElement(By.id("draft:effective_input")).getAttribute("value").isEmpty()) {
            // the form keeps the dates of the contract drafted before
            type("draft:effective_input", "2026-01-01");
            type("draft:expiry_input", "2027-12-31");
        }
        type("draft:annual", "100000");
        type("draft:monthly", monthly);
        browser.findElement(By.id("draft:create")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("contracts"), reference));
    }

    /** Types into a column's filter and waits until every row shown matches it. */
    private void filter(String table, int column, String text) {
        WebElement input = header(table, column).findElement(By.cssSelector("input.ui-column-filter"));
        input.sendKeys(text);
        settled(driver -> {
            List<List<String>> rows = shownRows(table);
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.size() > column
                    && row.get(column).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
        });
    }

    /** Clicks a column's header and waits until the table says it is sorted that way. */
    private void sort(String table, int column, String order) {
        header(table, column).findElement(By.cssSelector(".ui-column-title")).click();
        settled(driver -> order.equals(header(table, column).getAttribute("aria-sort")));
    }

    /** Waits for a condition on a table that its own update may replace while it is read. */
    private void settled(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "Page said: " + browser.findElement(By.tagName("main")).getText())
                .until(condition);
    }

    private WebElement header(String table, int column) {
        return browser.findElements(By.xpath("//thead[@id='" + table + "_head']/tr/th")).get(column);
    }

    private List<String> headers(String table) {
        return browser.findElements(By.xpath("//thead[@id='" + table + "_head']/tr/th")).stream()
                .map(th -> normalised(th.findElement(By.cssSelector(".ui-column-title")).getText())).toList();
    }

    /** The rows the table shows, each cell's text as a reader sees it. */
    private List<List<String>> shownRows(String table) {
        return browser.findElements(By.xpath("//tbody[@id='" + table + "_data']/tr[not(contains(@class, 'ui-datatable-empty-message'))]"))
                .stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> normalised(td.getText())).toList())
                .toList();
    }

    private List<List<String>> withHeader(String table, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(headers(table));
        all.addAll(rows);
        return all;
    }


    /** PrimeFaces' CSV: every value quoted, a quote doubled, a byte order mark first. */
    private static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(normalised(value.toString()));
                value.setLength(0);
            } else if (c == '\n') {
                row.add(normalised(value.toString()));
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                value.append(c);
            }
        }
        if (!row.isEmpty() || value.length() > 0) {
            row.add(normalised(value.toString()));
            rows.add(row);
        }
        return rows;
    }

    /** The PDF's text, page by page, as OpenPDF reads it back; the file must be a PDF. */
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
            return normalised(text.toString());
        } finally {
            reader.close();
        }
    }

    private static List<List<String>> xlsx(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : normalised(formatter.formatCellValue(cell)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}

package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The audit trail as the relationship manager reads, filters and exports it. */
class AuditTrailPageIT extends BrowserTest {

    @Test
    void theRelationshipManagerFindsHerNoteByPersonAndDayAndExportsWhatTheFilterSelects() throws Exception {
        String note = "Check the December volumes " + UUID.randomUUID();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String rm = fixtures.rm().name() + " (" + fixtures.clientName() + ")";
        signIn(fixtures.rm());
        browser.findElement(By.id("switcher:switch_button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.linkText(fixtures.claimsWorkspace().name()))).click();
        browser.findElement(By.id("note-form:note")).sendKeys(note);
        browser.findElement(By.id("note-form:add-note")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notes-list"), note));
        assertTrue(browser.findElement(By.id("notes-list")).getText().contains(rm), "notes show their author by name");

        browser.findElement(By.id("tab-audit")).click();
        choose("audit:entity-type", "Internal note");
        choose("audit:person", rm);
        setDay("audit:from", today);
        setDay("audit:to", today);
        browser.findElement(By.id("audit:apply-filter")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:events"), "Text: → " + note));

        String table = settledText("audit:events");
        assertTrue(table.contains(rm), table);
        assertTrue(table.contains("Private to: → CLIENT"), table);
        assertTrue(table.contains("Author: → " + rm), "a user id in a row is named: " + table);
        assertFalse(table.contains(fixtures.rm().email()), "people are shown by name, never by e-mail address");
        assertFalse(table.contains("{\""), "no raw JSON");

        waitFor(driver -> {
            try {
                return driver.findElement(By.id("audit:export-csv")).getAttribute("href").contains("person=");
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
        List<List<String>> csv = Csv.rows(new String(download("audit:export-csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("\uFEFFNo.", "When", "Who", "What", "Changes"), csv.get(0));
        List<List<String>> events = csv.subList(1, csv.size());
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(row -> row.get(2).equals(rm) && row.get(1).startsWith(today)
                && row.get(3).startsWith("Created Internal note")), events.toString());
        assertTrue(events.stream().anyMatch(row -> row.get(4).contains("Text: → " + note)), events.toString());
        assertEquals(csv.size() - 1, shownRows(), "the export holds what the filter selects");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("audit:export-xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Who", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals(events.size(), sheet.getLastRowNum());
            List<String> changes = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertEquals(rm, row.getCell(2).getStringCellValue());
                changes.add(row.getCell(4).getStringCellValue());
            }
            assertTrue(changes.stream().anyMatch(cell -> cell.contains("Text: → " + note)), changes.toString());
        }
    }

    /** An element's text once a partial update has stopped replacing it. */
    private String settledText(String id) {
        return waitFor(driver -> {
            try {
                return driver.findElement(By.id(id)).getText();
            } catch (StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    /** The event rows the table shows (an empty table shows a message row without an index). */
    private int shownRows() {
        return browser.findElements(By.cssSelector("#audit\\:events_data > tr[data-ri]")).size();
    }

    private void setDay(String pickerId, String day) {
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0] + '_input').value = arguments[1];", pickerId, day);
    }

    /** The file a link serves, fetched by the page itself, with its sign-in. */
    private byte[] download(String linkId) {
        String href = browser.findElement(By.id(linkId)).getAttribute("href");
        Object base64 = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))
                    .then(buffer => {
                        var bytes = new Uint8Array(buffer), text = '';
                        for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                        done(btoa(text));
                    })
                    .catch(e => done('failed: ' + e));""", href);
        assertFalse(String.valueOf(base64).startsWith("failed"), href + ": " + base64);
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Just enough RFC 4180 to read the export back: quoted cells may hold commas, quotes and line breaks. */
    private static final class Csv {

        static List<List<String>> rows(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    continue;
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}

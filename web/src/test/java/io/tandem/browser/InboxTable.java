package io.tandem.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The inbox on the home page, narrowed to one subject with its column filter, as someone with a
 * long inbox finds one item: the shared fixtures' workspaces gather work from every test of a run,
 * more than the table's first page holds.
 */
final class InboxTable {

    private static final By ROWS = By.cssSelector("#inbox-items\\:list tbody tr");

    private InboxTable() {
    }

    /** The rows about {@code subject}, as "what to do | about", once the filter has left only those. */
    static List<String> rowsAbout(WebDriver browser, String subject) {
        browser.findElement(By.xpath("//thead[@id='inbox-items:list_head']/tr/th[2]"))
                .findElement(By.cssSelector("input.ui-column-filter")).sendKeys(subject);
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<WebElement> rows = driver.findElements(ROWS);
                    boolean none = rows.size() == 1 && rows.get(0).getAttribute("class").contains("empty-message");
                    if (none) {
                        return List.of();
                    }
                    List<List<WebElement>> cells = rows.stream().map(row -> row.findElements(By.tagName("td"))).toList();
                    if (cells.isEmpty() || !cells.stream().allMatch(row -> row.size() > 1
                            && row.get(1).getText().contains(subject))) {
                        return null;
                    }
                    return cells.stream().map(row -> row.get(0).getText().strip() + " | " + row.get(1).getText().strip())
                            .toList();
                });
    }

    /** Follows the row's link to where one acts, and waits for that page. */
    static void follow(WebDriver browser, String kind, String subject) {
        WebElement page = browser.findElement(By.tagName("body"));
        browser.findElement(By.xpath("//*[@id='inbox-items:list']//tr[td[2][contains(., '" + subject + "')]]"
                + "//a[normalize-space(.)='" + kind + "']")).click();
        Browser.waitUntilGone(browser, page);
    }
}

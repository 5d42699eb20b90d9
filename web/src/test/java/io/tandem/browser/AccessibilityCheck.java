package io.tandem.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page a browser test visits. Before
 * each command the test gives the browser or one of its elements, it looks whether the document
 * loaded is one it has not checked yet (a mark on the window says it has); if so, and once the
 * document has loaded, axe checks it on the undecorated driver. Selenium's event decorator only
 * logs what a listener throws, so violations are collected and {@link #assertNoViolations} fails
 * the test with all of them after it ran.
 *
 * <p>No rule is disabled and nothing is excluded: the pages are fixed instead.
 */
final class AccessibilityCheck implements WebDriverListener {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String UNCHECKED = """
            if (document.readyState !== 'complete' || window.tandemAxeChecked) { return false; }
            window.tandemAxeChecked = true;
            return true;""";

    private final WebDriver driver;
    private final List<String> violations = new ArrayList<>();
    private boolean checking;

    AccessibilityCheck(WebDriver driver) {
        this.driver = driver;
    }

    /** The browser to drive: the same one, with this check before every command. */
    WebDriver watched() {
        return new EventFiringDecorator<>(this).decorate(driver);
    }

    @Override
    public void beforeAnyWebDriverCall(WebDriver decorated, Method method, Object[] args) {
        checkNewPage();
    }

    @Override
    public void beforeAnyWebElementCall(WebElement element, Method method, Object[] args) {
        checkNewPage();
    }

    /**
     * Axe's last step runs in a blank window it opens (with a page-load timeout of one second), and
     * when that step fails it throws and leaves the test's browser in that window.
     * Whatever happens, the windows it opened are closed and the page's window is current again.
     */
    private Results analyze() {
        String page = driver.getWindowHandle();
        Set<String> before = driver.getWindowHandles();
        try {
            return new AxeBuilder().withTags(WCAG_21_AA).setTimeout(60).analyze(driver);
        } catch (WebDriverException betweenDocuments) {
            throw betweenDocuments;
        } catch (RuntimeException failed) {
            // axe's own failure (a step of it timed out), not the page's: the caller gives it another go
            Results errored = new Results();
            errored.setErrorMessage(failed);
            return errored;
        } finally {
            for (String window : driver.getWindowHandles()) {
                if (!before.contains(window)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(page);
        }
    }

    /** Checks the page now shown unless it was checked already. */
    void checkNewPage() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(UNCHECKED))) {
                check();
            }
        } catch (WebDriverException noPageToCheck) {
            // the browser is closing, or between two documents: the next command looks again
        } finally {
            checking = false;
        }
    }

    private void check() {
        String url = driver.getCurrentUrl();
        Results results = analyze();
        // a busy machine can starve the renderer past the one second axe allows its blank window to
        // load: axe gets two more tries
        for (int retry = 0; retry < 2 && results.isErrored(); retry++) {
            results = analyze();
        }
        if (results.isErrored()) {
            violations.add(url + ": axe failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(url + "\n    " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget()
                        + "\n    " + node.getHtml() + "\n    " + node.getFailureSummary().replace("\n", "\n    "));
            }
        }
    }

    void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) (axe, WCAG 2.1 AA):\n"
                    + String.join("\n", violations));
        }
    }
}

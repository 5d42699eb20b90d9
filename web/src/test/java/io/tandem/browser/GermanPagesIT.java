package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * German words are long: at a laptop's 1440x900 nothing on the pages people work from may run
 * out of its panel, its table cell or its button, or make the page scroll sideways. Each page is
 * checked for elements whose content is wider than their box (scrollWidth beyond clientWidth); a
 * region that scrolls on purpose (overflow-x auto or scroll) is not counted.
 */
class GermanPagesIT extends BrowserTest {

    private static final String OVERFLOWING = """
            var found = [];
            var root = document.documentElement;
            if (root.scrollWidth > root.clientWidth + 1) {
                found.push('the page: ' + root.scrollWidth + 'px in ' + root.clientWidth + 'px');
            }
            document.querySelectorAll('main .ui-panel, main .ui-panel-content, main .tandem-columns > *, main h1, '
                    + 'main .tandem-tabs, main .tandem-facts, main .tandem-form-grid, header, main th, main td, '
                    + 'main td > *, main .tandem-cell, main .ui-button').forEach(function (el) {
                var style = getComputedStyle(el);
                if (style.overflowX === 'auto' || style.overflowX === 'scroll') { return; }
                if (el.scrollWidth > el.clientWidth + 1) {
                    found.push((el.id || el.className || el.tagName) + ': ' + el.scrollWidth + 'px in '
                            + el.clientWidth + 'px');
                }
            });
            return found;""";

    @Override
    String language() {
        return "de-DE";
    }

    @Test
    void nothingOverflowsItsPanelInGerman() {
        browser.manage().window().setSize(new Dimension(1440, 900));
        long workspace = fixtures.claimsWorkspace().id();
        signIn(fixtures.rm());
        List<String> overflowing = new ArrayList<>();
        for (String page : List.of("", "workspace/home.xhtml?workspace=" + workspace,
                "servicelevel/scorecard.xhtml?workspace=" + workspace,
                "servicelevel/measurements.xhtml?workspace=" + workspace,
                "servicelevel/measurement.xhtml?workspace=" + workspace + "&measurement=" + fixtures.disputedMeasurement(),
                "servicelevel/service-levels.xhtml?workspace=" + workspace,
                "servicelevel/credits.xhtml?workspace=" + workspace,
                "servicelevel/reliefs.xhtml?workspace=" + workspace,
                "contract/contracts.xhtml?workspace=" + workspace,
                "contract/contract.xhtml?workspace=" + workspace + "&contract=" + fixtures.contract().id(),
                "audit/audit.xhtml?workspace=" + workspace)) {
            browser.get(base + page);
            assertEquals("de", browser.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"), page);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(OVERFLOWING);
            found.forEach(element -> overflowing.add("/" + page + " " + element));
        }
        assertEquals(List.of(), overflowing);

        // and the check sees an overflow when there is one: a long word in a narrow box
        ((JavascriptExecutor) browser).executeScript("""
                var box = document.createElement('dl');
                box.className = 'tandem-facts';
                box.style.width = '4rem';
                box.textContent = 'Gutschriftenrueckforderungsfrist';
                document.querySelector('main').appendChild(box);""");
        assertEquals(1, ((List<?>) ((JavascriptExecutor) browser).executeScript(OVERFLOWING)).size());
    }
}

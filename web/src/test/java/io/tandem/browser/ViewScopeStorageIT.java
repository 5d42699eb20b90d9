package io.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures;
import io.tandem.testing.TandemClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session keeps the view-scoped beans of its last views only, however many pages it is shown
 * ({@code ViewScopeStorageFilter}): the server's Faces implementation kept an entry for every page
 * until the session ended. Read through the test deployment's {@code ViewScopeStorageServlet}.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ViewScopeStorageIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** Mojarra's default number of view maps a session keeps (com.sun.faces.numberOfActiveViewMaps). */
    private static final int KEPT_VIEW_MAPS = 25;
    private static final int PAGES = 40;

    @ArquillianResource
    URL base;

    @Test
    void aSessionShownManyPagesKeepsTheBeansOfItsLastViewsOnlyAndTheLastPageStillWorks() {
        Fixtures fixtures = Fixtures.of(base);
        TandemClient rm = fixtures.signedIn(base, fixtures.rm());
        String page = "dashboard/workspace.xhtml?workspace=" + fixtures.claimsWorkspace().id();
        HttpResponse<String> last = null;
        for (int i = 0; i < PAGES; i++) {
            last = rm.get(page);
            assertEquals(200, last.statusCode());
        }

        String[] counts = rm.get("test-support/view-scope").body().split(" ");
        assertEquals(2, counts.length, "Mojarra's maps are in the session under the names the filter reads");
        int entries = Integer.parseInt(counts[0]);
        int viewMaps = Integer.parseInt(counts[1]);
        assertEquals(KEPT_VIEW_MAPS, viewMaps, "the session keeps its last views' maps");
        assertTrue(entries >= 1 && entries <= viewMaps, entries + " entries of view-scoped beans for "
                + viewMaps + " view maps, after " + PAGES + " pages");

        // the latest view's bean is still there: its table exports from it
        Matcher viewState = VIEW_STATE.matcher(last.body());
        assertTrue(viewState.find());
        HttpResponse<String> export = rm.postForm("dashboard/workspace.xhtml", Map.of(
                "levels", "levels", "levels:list-csv", "", "jakarta.faces.ViewState", viewState.group(1)));
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").contains("csv"), export.headers().toString());
        assertTrue(export.body().lines().count() > 1, export.body());
    }
}

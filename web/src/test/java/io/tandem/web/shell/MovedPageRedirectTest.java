package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MovedPageRedirectTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyOldAddressIsGoneAndEveryNewOneIsAPage() {
        MovedPageRedirect.MOVED.forEach((from, to) -> {
            assertFalse(Files.exists(WEBAPP.resolve(from.substring(1))), from + " would be hidden by its redirect");
            assertTrue(Files.isRegularFile(WEBAPP.resolve(to.substring(1))), to + " is not a page");
        });
    }

    @Test
    void theQueryGoesAlongUnchanged() {
        assertEquals(Optional.of("/servicelevel/scorecard.xhtml?workspace=7&to=2026-06&note=a%2Fb"),
                MovedPageRedirect.newAddress("/workspace/scorecard.xhtml", "workspace=7&to=2026-06&note=a%2Fb"));
        assertEquals(Optional.of("/audit/audit.xhtml"), MovedPageRedirect.newAddress("/workspace/audit.xhtml", null));
    }

    @Test
    void pagesThatDidNotMoveAreLeftAlone() {
        assertEquals(Optional.empty(), MovedPageRedirect.newAddress("/workspace/home.xhtml", "workspace=7"));
        assertEquals(Optional.empty(), MovedPageRedirect.newAddress("/workspace/no-such-page.xhtml", null));
    }
}

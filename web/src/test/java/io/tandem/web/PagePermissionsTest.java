package io.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.tenancy.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pages name permissions as text ({@code allows('VIEW_CREDITS')}); a misspelt one would only fail when shown. */
class PagePermissionsTest {

    private static final Pattern ALLOWS = Pattern.compile("allows\\('([A-Z_]+)'\\)");

    @Test
    void everyPermissionAPageAsksForExists() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path page : MessageBundlesTest.pages()) {
            Matcher matcher = ALLOWS.matcher(Files.readString(page));
            while (matcher.find()) {
                named.add(matcher.group(1));
            }
        }
        Set<String> known = new TreeSet<>();
        Stream.of(Permission.values()).forEach(permission -> known.add(permission.name()));

        assertTrue(named.size() >= 8, "expected the pages to ask for permissions, found " + named);
        named.removeAll(known);
        assertEquals(Set.of(), named);
    }
}

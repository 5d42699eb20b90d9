package io.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.tenancy.OrganisationRole;
import io.tandem.tenancy.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the product shows exists in English and German, and every key the code uses exists. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/io/tandem/web");
    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path DOMAIN_SOURCES = Path.of("../ejb/src/main/java");
    private static final Path MIGRATIONS = Path.of("../ejb/src/main/resources/db/migration");
    /** msg['key'], or texts.format('key', ...) for a text with arguments. */
    private static final Pattern PAGE_KEY = Pattern.compile("(?:msg\\[|texts\\.format\\()'([^']+)'(?=\\]|\\s*,)");
    private static final Pattern DOMAIN_KEY = Pattern.compile("DomainException\\(\\s*\"([^\"]+)\"");

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> german = keys("messages_de.properties");

        assertEquals(Set.of(), difference(english, german), "keys missing from messages_de.properties");
        assertEquals(Set.of(), difference(german, english), "keys missing from messages.properties");
    }

    @Test
    void noTranslationIsLeftEmpty() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_de.properties")) {
            Properties properties = load(bundle);
            List<String> empty = properties.stringPropertyNames().stream()
                    .filter(key -> properties.getProperty(key).isBlank()).sorted().toList();
            assertEquals(List.of(), empty, "empty values in " + bundle);
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        assertEquals(Set.of(), difference(usedKeys(PAGES, ".xhtml", PAGE_KEY), keys("messages.properties")));
    }

    @Test
    void everyDomainRefusalHasAMessage() throws IOException {
        Set<String> used = usedKeys(DOMAIN_SOURCES, ".java", DOMAIN_KEY);

        assertTrue(used.size() >= 5, "expected to find the domain's message keys, found " + used);
        assertEquals(Set.of(), difference(used, keys("messages.properties")));
    }

    @Test
    void everyAuditedTableHasAName() throws IOException {
        Pattern audited = Pattern.compile("on (\\w+)\\s+for each row execute function tandem_audit_row");
        Set<String> tables = usedKeys(MIGRATIONS, ".sql", audited);

        assertTrue(tables.containsAll(Set.of("internal_notes", "contracts", "obligations")), tables.toString());
        Set<String> keys = new TreeSet<>();
        tables.forEach(table -> keys.add("audit.record." + table));
        assertEquals(Set.of(), difference(keys, keys("messages.properties")));
    }

    @Test
    void everyRoleHasAName() throws IOException {
        Set<String> roleKeys = new TreeSet<>();
        Stream.of(Role.values()).forEach(role -> roleKeys.add("role." + role.name()));
        Stream.of(OrganisationRole.values()).forEach(role -> roleKeys.add("role." + role.name()));

        assertEquals(Set.of(), difference(roleKeys, keys("messages.properties")));
    }

    static Set<String> usedKeys(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList());
        }
    }
}

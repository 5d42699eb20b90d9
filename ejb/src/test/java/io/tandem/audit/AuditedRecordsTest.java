package io.tandem.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit trail shows only kinds of record it knows who may read: every audited table must be listed. */
class AuditedRecordsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern AUDITED = Pattern.compile("on (\\w+)\\s+for each row execute function tandem_audit_row");

    @Test
    void everyAuditedTableSaysWhoMayReadItsEvents() throws IOException {
        Set<String> audited = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher matcher = AUDITED.matcher(Files.readString(file));
                while (matcher.find()) {
                    audited.add(matcher.group(1));
                }
            }
        }

        assertTrue(audited.containsAll(Set.of("contracts", "measurements", "internal_notes")), audited.toString());
        assertEquals(audited, new TreeSet<>(AuditService.RECORD_ACCESS.keySet()));
    }
}

package io.tandem.tenancy;

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
    private static final Pattern COMMENT = Pattern.compile("--[^\\n]*");
    private static final Pattern TRIGGER = Pattern.compile("on (\\w+)\\s+for each row execute function tandem_audit_row");
    /** V8's function audits the table it secures unless its arguments say {@code false}. */
    private static final Pattern SECURED = Pattern.compile("tandem_secure_workspace_table\\(\\s*'(\\w+)'([^;]*)\\)");
    private static final Pattern NOT_AUDITED = Pattern.compile("\\bfalse\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyAuditedTableSaysWhoMayReadItsEvents() throws IOException {
        Set<String> audited = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                audited.addAll(auditedTables(Files.readString(file)));
            }
        }

        assertTrue(audited.containsAll(Set.of("contracts", "measurements", "internal_notes")), audited.toString());
        assertEquals(audited, new TreeSet<>(AuditedRecords.READ_PERMISSION.keySet()));
    }

    @Test
    void aTableSecuredInOneCallIsAuditedUnlessTheCallSaysOtherwise() {
        String migration = """
                -- select tandem_secure_workspace_table('in_a_comment');
                create trigger notes_audit after insert or update or delete on notes
                    for each row execute function tandem_audit_row('workspace_id');
                select tandem_secure_workspace_table('things');
                select tandem_secure_workspace_table('replies', 'select, insert', 'private_to_party');
                select tandem_secure_workspace_table('bytes', 'select, insert', p_audited => false);
                select tandem_secure_workspace_table('blobs', 'select', null, false);
                """;

        assertEquals(Set.of("notes", "things", "replies"), auditedTables(migration));
    }

    private static Set<String> auditedTables(String migration) {
        String sql = COMMENT.matcher(migration).replaceAll("");
        Set<String> audited = new TreeSet<>();
        Matcher trigger = TRIGGER.matcher(sql);
        while (trigger.find()) {
            audited.add(trigger.group(1));
        }
        Matcher secured = SECURED.matcher(sql);
        while (secured.find()) {
            if (!NOT_AUDITED.matcher(secured.group(2).replaceAll("'[^']*'", "")).find()) {
                audited.add(secured.group(1));
            }
        }
        return audited;
    }
}

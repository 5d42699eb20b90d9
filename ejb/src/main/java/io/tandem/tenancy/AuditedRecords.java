package io.tandem.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may read the audit events of each audited table. Events repeat a record's full state, so a
 * record the caller may not read stays out of their trail too; a table missing here stays out of
 * everyone's ({@code AuditedRecordsTest} makes sure none is missing). A context that adds an
 * audited table adds it here.
 */
public final class AuditedRecords {

    static final Map<String, Permission> READ_PERMISSION = Map.ofEntries(
            Map.entry("organisations", Permission.READ_AUDIT_TRAIL),
            Map.entry("workspaces", Permission.READ_AUDIT_TRAIL),
            Map.entry("user_accounts", Permission.READ_AUDIT_TRAIL),
            Map.entry("memberships", Permission.READ_AUDIT_TRAIL),
            Map.entry("internal_notes", Permission.READ_AUDIT_TRAIL),
            Map.entry("api_tokens", Permission.READ_AUDIT_TRAIL),
            Map.entry("contract_documents", Permission.VIEW_CONTRACTS),
            Map.entry("contracts", Permission.VIEW_CONTRACTS),
            Map.entry("obligations", Permission.VIEW_CONTRACTS),
            Map.entry("service_levels", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("service_level_targets", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("measurements", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("dispute_messages", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("reliefs", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("interaction_imports", Permission.VIEW_SERVICE_LEVELS),
            Map.entry("data_sharing_agreements", Permission.VIEW_DATA_SHARING),
            Map.entry("data_sharing_versions", Permission.VIEW_DATA_SHARING),
            Map.entry("data_sharing_categories", Permission.VIEW_DATA_SHARING),
            Map.entry("data_sharing_locations", Permission.VIEW_DATA_SHARING),
            Map.entry("data_sharing_signatures", Permission.VIEW_DATA_SHARING),
            Map.entry("data_sharing_feeds", Permission.VIEW_DATA_SHARING),
            Map.entry("improvement_ideas", Permission.VIEW_IDEAS),
            Map.entry("improvement_idea_levels", Permission.VIEW_IDEAS),
            Map.entry("improvement_idea_votes", Permission.VIEW_IDEAS),
            Map.entry("improvement_idea_comments", Permission.VIEW_IDEAS),
            Map.entry("improvement_idea_attachments", Permission.VIEW_IDEAS));

    private AuditedRecords() {
    }

    public static Optional<Permission> readPermission(String table) {
        return Optional.ofNullable(READ_PERMISSION.get(table));
    }

    /** Never empty: every grant that reads a trail at all may read its open kinds of record. */
    public static List<String> readableWith(WorkspaceGrant grant) {
        return READ_PERMISSION.entrySet().stream()
                .filter(entry -> grant.allows(entry.getValue())).map(Map.Entry::getKey).sorted().toList();
    }
}

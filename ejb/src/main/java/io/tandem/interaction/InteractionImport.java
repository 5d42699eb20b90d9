package io.tandem.interaction;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * One file of interaction records sent to a workspace, and what became of it: stored (with how
 * many rows were new and how many were already there, identical), rejected (nothing stored,
 * with how many lines were bad), or deleted later (its rows removed). The rows themselves live in
 * {@code interactions}, each naming its import.
 */
@Entity
@Table(name = "interaction_imports")
public class InteractionImport {

    public static final int FILE_NAME_MAX_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX_LENGTH)
    private String fileName;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "imported_by")
    private UserAccount importedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(name = "skipped_count", nullable = false)
    private long skippedCount;

    @Column(name = "rejected_count", nullable = false)
    private long rejectedCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportOutcome outcome;

    @Column(name = "first_offered")
    private LocalDateTime firstOffered;

    @Column(name = "last_offered")
    private LocalDateTime lastOffered;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deleted_by")
    private UserAccount deletedBy;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Version
    private long version;

    protected InteractionImport() {
    }

    /**
     * An import under way; it is stored or rejected before its transaction ends, so no one sees it
     * unfinished. A missing or blank file name reads as "upload.csv".
     */
    public InteractionImport(long workspaceId, String fileName, UserAccount importedBy, OffsetDateTime startedAt) {
        this.workspaceId = workspaceId;
        this.fileName = fileName(fileName);
        this.importedBy = importedBy;
        this.startedAt = startedAt;
        this.outcome = ImportOutcome.STORED;
    }

    /** The name as shown: a path is cut to its last part, and the name to the column's length. */
    static String fileName(String name) {
        String shown = name == null ? "" : name.strip();
        shown = shown.substring(Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\')) + 1);
        if (shown.isEmpty()) {
            return "upload.csv";
        }
        return shown.length() > FILE_NAME_MAX_LENGTH ? shown.substring(0, FILE_NAME_MAX_LENGTH) : shown;
    }

    public void stored(long rows, long skipped, LocalDateTime first, LocalDateTime last, OffsetDateTime now) {
        this.outcome = ImportOutcome.STORED;
        this.rowCount = rows;
        this.skippedCount = skipped;
        this.firstOffered = first;
        this.lastOffered = last;
        finish(now);
    }

    public void rejected(long badLines, OffsetDateTime now) {
        this.outcome = ImportOutcome.REJECTED;
        this.rowCount = 0;
        this.skippedCount = 0;
        this.rejectedCount = badLines;
        finish(now);
    }

    /** Its rows are removed: only a stored import has rows to remove. */
    public void delete(UserAccount by, OffsetDateTime now) {
        if (outcome != ImportOutcome.STORED) {
            throw new DomainException("interaction.import.notStored");
        }
        this.outcome = ImportOutcome.DELETED;
        this.deletedBy = by;
        this.deletedAt = now;
    }

    private void finish(OffsetDateTime now) {
        this.finishedAt = now;
        this.durationMs = Math.max(0, Duration.between(startedAt, now).toMillis());
    }

    public Long id() {
        return id;
    }

    public Long workspaceId() {
        return workspaceId;
    }

    public long version() {
        return version;
    }

    InteractionImportDetails details() {
        return new InteractionImportDetails(id, fileName, importedBy.displayName(), startedAt, durationMs, outcome,
                rowCount, skippedCount, rejectedCount, firstOffered, lastOffered,
                deletedBy == null ? null : deletedBy.displayName(), deletedAt, version);
    }
}

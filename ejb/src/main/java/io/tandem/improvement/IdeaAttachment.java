package io.tandem.improvement;

import io.tandem.platform.file.DocumentFile;
import io.tandem.platform.file.StoredFile;
import io.tandem.tenancy.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A file attached to an idea (a process map, a business case), checked as contract documents are
 * ({@link DocumentFile}); its bytes are an {@link IdeaAttachmentContent} of their own, so the audit
 * trail records the SHA-256 instead of the file.
 */
@Entity
@Table(name = "improvement_idea_attachments")
public class IdeaAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private Long workspaceId;

    @Embedded
    private StoredFile file;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private UserAccount uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    @Version
    private long version;

    protected IdeaAttachment() {
    }

    IdeaAttachment(Idea idea, DocumentFile file, UserAccount uploadedBy, OffsetDateTime at) {
        this.idea = idea;
        this.workspaceId = idea.workspaceId();
        this.file = new StoredFile(file);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
    }

    public Long workspaceId() {
        return workspaceId;
    }

    public Idea idea() {
        return idea;
    }

    public StoredFile file() {
        return file;
    }

    public UserAccount uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }

    public long version() {
        return version;
    }
}

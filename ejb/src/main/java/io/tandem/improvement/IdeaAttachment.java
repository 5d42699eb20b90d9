package io.tandem.improvement;

import io.tandem.platform.file.DocumentFile;
import io.tandem.tenancy.UserAccount;
import jakarta.persistence.Column;
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

    @Column(name = "file_name", nullable = false, length = DocumentFile.MAX_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

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
        this.fileName = file.name();
        this.contentType = file.type().mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
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

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
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

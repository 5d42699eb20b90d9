package io.tandem.contract;

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
import java.time.ZoneOffset;

/**
 * A file attached to a contract: what it is called, its type, size and SHA-256, who uploaded it
 * and when. The bytes are a {@link ContractDocumentContent} of their own, so that listing
 * documents never reads them and the audit trail records the digest instead of the file.
 * A document never changes; it is replaced by uploading another and removing it.
 */
@Entity
@Table(name = "contract_documents")
public class ContractDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    /** Copied from the contract so that row-level security and the audit chain can key on it. */
    @Column(name = "workspace_id", nullable = false)
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

    protected ContractDocument() {
    }

    public ContractDocument(Contract contract, DocumentFile file, UserAccount uploadedBy) {
        this.contract = contract;
        this.workspaceId = contract.workspace().id();
        this.fileName = file.name();
        this.contentType = file.type().mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long workspaceId() {
        return workspaceId;
    }

    public Long id() {
        return id;
    }

    public Contract contract() {
        return contract;
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

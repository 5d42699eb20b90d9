package io.tandem.contract;

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

    @Embedded
    private StoredFile file;

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
        this.file = new StoredFile(file);
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

package io.tandem.contract;

import io.tandem.platform.file.DocumentFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a {@link ContractDocument}, read only to download them. Written once, after its
 * document has its id, and never changed, so it needs no version; the database removes it with
 * its document.
 */
@Entity
@Table(name = "contract_document_contents")
public class ContractDocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    /** Copied from the document so that row-level security can key on it. */
    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ContractDocumentContent() {
    }

    /** The content of a document that has been stored (and so has an id). */
    public ContractDocumentContent(ContractDocument document, DocumentFile file) {
        this.documentId = document.id();
        this.workspaceId = document.contract().workspace().id();
        this.content = file.content();
    }

    public byte[] content() {
        return content;
    }
}

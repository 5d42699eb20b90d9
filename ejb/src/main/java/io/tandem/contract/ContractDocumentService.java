package io.tandem.contract;

import io.tandem.platform.file.DocumentDownload;
import io.tandem.platform.file.DocumentFile;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Documents attached to contracts: listed and downloaded by everyone who may read contracts,
 * uploaded and removed by the client side that manages them.
 */
@Stateless
@Tenancy
public class ContractDocumentService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** The contract's documents, newest first, without their bytes. */
    public List<DocumentDetails> documents(long workspaceId, long contractId) {
        access.require(workspaceId).require(Permission.VIEW_CONTRACTS);
        contract(workspaceId, contractId);
        return em.createQuery("""
                        select d from ContractDocument d join fetch d.contract join fetch d.uploadedBy
                        where d.contract.id = :contract
                        order by d.uploadedAt desc, d.id desc""", ContractDocument.class)
                .setParameter("contract", contractId)
                .getResultList().stream().map(DocumentDetails::of).toList();
    }

    public DocumentDetails upload(long workspaceId, long contractId, String fileName, byte[] content) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.MANAGE_CONTRACTS);
        Contract contract = contract(workspaceId, contractId);
        DocumentFile file = new DocumentFile(fileName, content);
        ContractDocument document = new ContractDocument(contract, file, em.find(UserAccount.class, grant.callerId()));
        em.persist(document);
        em.flush();
        em.persist(new ContractDocumentContent(document, file));
        em.flush();
        return DocumentDetails.of(document);
    }

    public DocumentDownload download(long workspaceId, long documentId) {
        access.require(workspaceId).require(Permission.VIEW_CONTRACTS);
        ContractDocument document = document(workspaceId, documentId);
        return new DocumentDownload(document.file().name(), document.file().contentType(),
                em.find(ContractDocumentContent.class, documentId).content());
    }

    /** Removes a document and its content, provided the caller saw its current version. */
    public void remove(long workspaceId, long documentId, long version) {
        access.require(workspaceId).require(Permission.MANAGE_CONTRACTS);
        ContractDocument document = document(workspaceId, documentId);
        WorkspaceScope.requireVersion(document, document.version(), version);
        em.remove(document);
        em.flush();
    }

    private Contract contract(long workspaceId, long contractId) {
        return new WorkspaceScope(em, workspaceId).find(Contract.class, contractId, Contract::workspaceId);
    }

    private ContractDocument document(long workspaceId, long documentId) {
        return new WorkspaceScope(em, workspaceId).find(ContractDocument.class, documentId,
                ContractDocument::workspaceId);
    }
}

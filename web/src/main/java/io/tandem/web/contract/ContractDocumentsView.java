package io.tandem.web.contract;

import io.tandem.contract.ContractDocumentService;
import io.tandem.contract.DocumentDetails;
import io.tandem.platform.file.DocumentFile;
import io.tandem.platform.file.DocumentType;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/** The documents panel of the contract page: the list, downloads through the API, uploads and removals. */
@Named
@ViewScoped
public class ContractDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double KIB = 1024;

    @Inject
    ContractDocumentService documentService;

    @Inject
    Messages messages;

    @Inject
    FacesContext facesContext;

    private long workspaceId;
    private long contractId;
    private List<DocumentDetails> documents = List.of();

    /** Lives for one request: the view keeps only what was stored. */
    private transient UploadedFile file;

    public void load(long workspaceId, long contractId) {
        this.workspaceId = workspaceId;
        this.contractId = contractId;
        documents = TableRows.of(documentService.documents(workspaceId, contractId));
    }

    public void upload() {
        if (file == null) {
            messages.error("contract.documents.noFile");
            return;
        }
        String name = file.getFileName();
        byte[] content = file.getContent();
        file = null;
        if (messages.attempt(() -> documentService.upload(workspaceId, contractId, name, content),
                "contract.documents.added")) {
            documents = TableRows.of(documentService.documents(workspaceId, contractId));
        }
    }

    public void remove(DocumentDetails document) {
        messages.attempt(() -> documentService.remove(workspaceId, document.id(), document.version()),
                "contract.documents.removed");
        documents = TableRows.of(documentService.documents(workspaceId, contractId));
    }

    /** Where the API serves the document: the same sign-in and the same tenancy check as any call. */
    public String downloadPath(DocumentDetails document) {
        return facesContext.getExternalContext().getRequestContextPath() + "/api/v1/workspaces/" + workspaceId
                + "/documents/" + document.id();
    }

    /** The format as people name it: PDF, DOCX, ... */
    public String format(DocumentDetails document) {
        return DocumentType.ofMediaType(document.contentType())
                .map(type -> type.extension().toUpperCase(Locale.ROOT)).orElse(document.contentType());
    }

    public String size(DocumentDetails document) {
        double kib = document.sizeBytes() / KIB;
        return kib < KIB ? messages.text("contract.documents.size.kib", kib)
                : messages.text("contract.documents.size.mib", kib / KIB);
    }

    /** What the file chooser offers: the extensions a document may have. */
    public String getAccept() {
        return Arrays.stream(DocumentType.values()).map(type -> "." + type.extension())
                .collect(Collectors.joining(","));
    }

    public int getMaxSizeMib() {
        return DocumentFile.MAX_SIZE_MIB;
    }

    public List<DocumentDetails> getDocuments() {
        return documents;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

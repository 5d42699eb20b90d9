package io.tandem.web.interaction;

import io.tandem.interaction.InteractionImportDetails;
import io.tandem.interaction.InteractionImportReport;
import io.tandem.interaction.InteractionImportService;
import io.tandem.platform.DomainException;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Interaction imports: the format and its sample, the upload (sent as the file is chosen, with
 * the upload's progress shown), the history, and deleting an import. A refused file lists its bad
 * lines here.
 */
@Named
@ViewScoped
public class InteractionImportsView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    /** The largest file this page takes (web.xml, the interaction upload servlet's multipart limit); larger ones go through the API. */
    public static final long MAX_UPLOAD_BYTES = 1024L * 1024 * 1024;

    @Inject
    InteractionImportService imports;

    @Inject
    Messages messages;

    @Inject
    FacesContext facesContext;

    private List<InteractionImportDetails> history = List.of();
    private List<String> rejectedLines = List.of();

    public void load() {
        openWorkspace();
        refresh();
    }

    private void refresh() {
        history = TableRows.of(imports.history(workspaceId));
    }

    /** A chosen file, as it arrives: stored whole, or every bad line listed and nothing stored. */
    public void upload(FileUploadEvent event) {
        rejectedLines = List.of();
        UploadedFile file = event.getFile();
        if (!file.getFileName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            messages.error("interaction.imports.notCsv");
            return;
        }
        try (InputStream body = file.getInputStream()) {
            InteractionImportReport report = imports.importFile(workspaceId, file.getFileName(), body);
            if (report.stored()) {
                messages.info("interaction.imports.stored", report.details().rows(), report.details().skipped());
            } else {
                rejectedLines = messages.rejected(report.rejection());
            }
        } catch (DomainException e) {
            messages.error(e.messageKey(), e.arguments().toArray());
        } catch (IOException e) {
            messages.error("interaction.import.interrupted");
        }
        refresh();
    }

    public void delete(InteractionImportDetails imported) {
        messages.attempt(() -> imports.delete(workspaceId, imported.id(), imported.version()),
                "interaction.imports.deleted");
        refresh();
    }

    /** How long the import took, in seconds to the millisecond; empty while none is recorded. */
    public BigDecimal seconds(InteractionImportDetails imported) {
        return imported.durationMs() == null ? null : BigDecimal.valueOf(imported.durationMs(), 3);
    }

    /** The sample file, served by the API to everyone signed in. */
    public String getSamplePath() {
        return facesContext.getExternalContext().getRequestContextPath() + "/api/v1/interactions/sample.csv";
    }

    public long getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }

    public List<InteractionImportDetails> getHistory() {
        return history;
    }

    public List<String> getRejectedLines() {
        return rejectedLines;
    }
}

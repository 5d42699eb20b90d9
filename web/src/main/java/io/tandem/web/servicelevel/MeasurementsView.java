package io.tandem.web.servicelevel;

import io.tandem.platform.bulk.RejectedLinesException;
import io.tandem.servicelevel.MeasurementCsv;
import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.MeasurementSource;
import io.tandem.servicelevel.ReliefDetails;
import io.tandem.servicelevel.ReliefService;
import io.tandem.servicelevel.ReliefStatus;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Measurements: the provider enters a month or uploads a file; the review queue shows what awaits
 * the client, who accepts or disputes a month and decides relief requests there (as on the month's
 * page, through {@link ReviewActions}). Relief has a page of its own too ({@link ReliefsView}).
 */
@Named
@ViewScoped
public class MeasurementsView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasurementService measurements;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    ReliefService reliefs;

    @Inject
    ReviewActions review;

    @Inject
    Messages messages;

    private List<ServiceLevelDetails> levels = List.of();
    private List<MeasurementDetails> queue = List.of();
    private List<String> rejectedLines = List.of();
    private List<ReliefDetails> reliefsToDecide = List.of();
    private MeasurementDetails toDispute;
    private String disputeReason;
    private String decisionNote;

    private final MeasurementForm entry = new MeasurementForm();
    private transient UploadedFile file;

    public void load() {
        openWorkspace();
        // a computed level's months come from the records: none is entered by hand
        levels = serviceLevels.serviceLevels(workspaceId).stream().filter(level -> level.kpi() == null).toList();
        refresh();
    }

    private void refresh() {
        queue = TableRows.of(measurements.reviewQueue(workspaceId));
        reliefsToDecide = overview.allows(Permission.REVIEW_MEASUREMENTS)
                ? TableRows.of(reliefs.reliefs(workspaceId).stream().filter(r -> r.status() == ReliefStatus.REQUESTED)
                        .toList())
                : List.of();
    }

    public void submit() {
        if (messages.attempt(() -> measurements.submit(workspaceId, entry.getServiceLevelId(), entry.getPeriod(),
                entry.getValue(), entry.getNumerator(), entry.getDenominator(), entry.getEvidence(),
                MeasurementSource.MANUAL), "servicelevel.measurements.submitted")) {
            entry.clearFigures();
            refresh();
        }
    }

    /** A CSV file: stored whole, or every bad line listed and nothing stored. */
    public void upload() {
        rejectedLines = List.of();
        if (file == null || file.getSize() == 0) {
            messages.error("servicelevel.bulk.empty");
            return;
        }
        String csv = new String(file.getContent(), StandardCharsets.UTF_8);
        try {
            MeasurementService.BulkOutcome outcome = measurements.submitAll(workspaceId, MeasurementCsv.parse(csv),
                    MeasurementSource.IMPORT);
            messages.info("servicelevel.measurements.uploaded", outcome.created(), outcome.corrected());
            refresh();
        } catch (RejectedLinesException e) {
            rejectedLines = messages.rejected(e);
        }
    }

    public void accept(MeasurementDetails measurement) {
        review.accept(workspaceId, measurement);
        refresh();
    }

    /** Opens the dispute dialog for a month of the queue. */
    public void chooseForDispute(MeasurementDetails measurement) {
        toDispute = measurement;
        disputeReason = null;
    }

    public void dispute() {
        if (toDispute != null && review.dispute(workspaceId, toDispute, disputeReason)) {
            toDispute = null;
            disputeReason = null;
        }
        refresh();
    }

    public void decide(ReliefDetails relief, boolean approved) {
        if (review.decide(workspaceId, relief, approved, decisionNote)) {
            decisionNote = null;
        }
        refresh();
    }

    public List<ReliefDetails> getReliefsToDecide() {
        return reliefsToDecide;
    }

    public MeasurementDetails getToDispute() {
        return toDispute;
    }

    public String getDisputeReason() {
        return disputeReason;
    }

    public void setDisputeReason(String disputeReason) {
        this.disputeReason = disputeReason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    /** The columns a measurement file may have, as its first line names them. */
    public String getColumns() {
        return String.join(",", MeasurementCsv.COLUMNS);
    }

    public List<ServiceLevelDetails> getLevels() {
        return levels;
    }

    public List<MeasurementDetails> getQueue() {
        return queue;
    }

    public List<String> getRejectedLines() {
        return rejectedLines;
    }

    public MeasurementForm getEntry() {
        return entry;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

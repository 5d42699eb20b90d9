package io.tandem.web.servicelevel;

import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.CreditService;
import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementRevision;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.MeasurementSource;
import io.tandem.servicelevel.ReliefDetails;
import io.tandem.servicelevel.ReliefService;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Figures;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * One measurement: its value against the target, its review, its history, its dispute thread and, for those
 * who may read credits, the credit its month earned and how.
 */
@Named
@ViewScoped
public class MeasurementDetailView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasurementService measurements;

    @Inject
    CreditService credits;

    @Inject
    ReliefService reliefs;

    @Inject
    ReviewActions review;

    @Inject
    Messages messages;

    private long measurementId;
    private MeasurementDetails measurement;
    private CreditReport.Line credit;
    private CreditReport.Line creditAtStake;
    private List<MeasurementRevision> history = List.of();
    private ReliefDetails relief;
    private String decisionNote;

    private String text;
    private BigDecimal agreedValue;
    private BigDecimal correctedValue;
    private BigDecimal correctedNumerator;
    private BigDecimal correctedDenominator;
    private String correctedEvidence;

    public void load() {
        openWorkspace();
        refresh();
    }

    private void refresh() {
        measurement = measurements.measurement(workspaceId, measurementId);
        history = TableRows.of(measurements.history(workspaceId, measurementId));
        // a value that came from a ratio follows from the ratio: offer the ratio only
        correctedValue = measurement.denominator() == null ? Figures.plain(measurement.value()) : null;
        correctedNumerator = Figures.plain(measurement.numerator());
        correctedDenominator = Figures.plain(measurement.denominator());
        correctedEvidence = measurement.evidence();
        credit = overview.allows(Permission.VIEW_CREDITS)
                ? credits.creditFor(workspaceId, measurementId).orElse(null) : null;
        creditAtStake = overview.allows(Permission.VIEW_CREDITS) && !measurement.settled()
                ? credits.creditAtStake(workspaceId, measurementId).orElse(null) : null;
        // the month's relief request, latest first, so the client decides it where it reviews the month
        relief = reliefs.reliefs(workspaceId).stream()
                .filter(r -> r.serviceLevelId() == measurement.serviceLevelId() && r.period().equals(measurement.period()))
                .reduce((first, later) -> later.id() > first.id() ? later : first).orElse(null);
    }

    /** The provider corrects the month before the client reviews it; the form starts from the figures as they are. */
    public void correct() {
        act(() -> measurements.correct(workspaceId, measurementId, measurement.version(), correctedValue,
                correctedNumerator, correctedDenominator, correctedEvidence, MeasurementSource.MANUAL),
                "servicelevel.measurement.corrected");
    }

    public void accept() {
        done(review.accept(workspaceId, measurement));
    }

    public void dispute() {
        done(review.dispute(workspaceId, measurement, text));
    }

    public void decideRelief(boolean approved) {
        if (review.decide(workspaceId, relief, approved, decisionNote)) {
            decisionNote = null;
        }
        refresh();
    }

    public void reply() {
        act(() -> measurements.reply(workspaceId, measurementId, text), "servicelevel.measurement.replied");
    }

    public void resolve() {
        act(() -> measurements.resolve(workspaceId, measurementId, measurement.version(), text, agreedValue, null,
                null), "servicelevel.measurement.resolved");
    }

    private void act(Runnable action, String successKey) {
        done(messages.attempt(action, successKey));
    }

    private void done(boolean succeeded) {
        if (succeeded) {
            text = null;
            agreedValue = null;
        }
        refresh();
    }

    /** The relief asked for this month, if any. */
    public ReliefDetails getRelief() {
        return relief;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public long getMeasurementId() {
        return measurementId;
    }

    public void setMeasurementId(long measurementId) {
        this.measurementId = measurementId;
    }

    public MeasurementDetails getMeasurement() {
        return measurement;
    }

    public CreditReport.Line getCredit() {
        return credit;
    }

    /** What a month under review or dispute would earn if its value stood; null once settled. */
    public CreditReport.Line getCreditAtStake() {
        return creditAtStake;
    }

    public List<MeasurementRevision> getHistory() {
        return history;
    }

    public BigDecimal getCorrectedValue() {
        return correctedValue;
    }

    public void setCorrectedValue(BigDecimal correctedValue) {
        this.correctedValue = correctedValue;
    }

    public BigDecimal getCorrectedNumerator() {
        return correctedNumerator;
    }

    public void setCorrectedNumerator(BigDecimal correctedNumerator) {
        this.correctedNumerator = correctedNumerator;
    }

    public BigDecimal getCorrectedDenominator() {
        return correctedDenominator;
    }

    public void setCorrectedDenominator(BigDecimal correctedDenominator) {
        this.correctedDenominator = correctedDenominator;
    }

    public String getCorrectedEvidence() {
        return correctedEvidence;
    }

    public void setCorrectedEvidence(String correctedEvidence) {
        this.correctedEvidence = correctedEvidence;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getAgreedValue() {
        return agreedValue;
    }

    public void setAgreedValue(BigDecimal agreedValue) {
        this.agreedValue = agreedValue;
    }
}

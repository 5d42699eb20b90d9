package io.tandem.web.improvement;

import io.tandem.improvement.AttachmentDetails;
import io.tandem.improvement.CommentDetails;
import io.tandem.improvement.Effort;
import io.tandem.improvement.IdeaAttachmentService;
import io.tandem.improvement.IdeaChoices;
import io.tandem.improvement.IdeaDetails;
import io.tandem.improvement.IdeaService;
import io.tandem.improvement.IdeaStatus;
import io.tandem.improvement.MeasuredBenefitService;
import io.tandem.improvement.MeasuredChange;
import io.tandem.improvement.RealisedBenefit;
import io.tandem.platform.file.DocumentFile;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * One idea: what it says, its stage and the moves the caller may make (approve and reject ask
 * first), its benefit (recorded, confirmed, measured from the levels' months, and the gain-share
 * split with its formula), votes, the threaded discussion and attachments.
 */
@Named
@ViewScoped
public class IdeaView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaService ideaService;

    @Inject
    IdeaAttachmentService attachmentService;

    @Inject
    MeasuredBenefitService measuredBenefit;

    @Inject
    Messages messages;

    @Inject
    FacesContext facesContext;

    private long ideaId;
    private Integer months;
    private IdeaDetails idea;
    private List<CommentDetails> comments = List.of();
    private List<AttachmentDetails> attachments = List.of();
    private List<MeasuredChange> measured = List.of();
    private IdeaChoices choices;
    private IdeaForm form;

    private String reason;
    private LocalDate implementedOn;
    private BigDecimal saving;
    private BigDecimal csatPoints;
    private Integer handleSeconds;
    private String benefitNote;
    private String comment;
    private Long replyTo;

    /** Lives for one request: the view keeps only what was stored. */
    private transient UploadedFile file;

    public void load() {
        openWorkspace();
        idea = ideaService.idea(workspaceId, ideaId);
        comments = ideaService.comments(workspaceId, ideaId);
        attachments = TableRows.of(attachmentService.attachments(workspaceId, ideaId));
        if (overview.allows(Permission.VIEW_SERVICE_LEVELS)) {
            measured = measuredBenefit.measured(workspaceId, ideaId, getMonths());
        }
        if (idea.editable()) {
            choices = ideaService.choices(workspaceId);
            form = IdeaForm.of(idea);
        }
    }

    public void move(IdeaStatus to) {
        if (messages.attempt(() -> ideaService.move(workspaceId, ideaId, idea.version(), to, reason, implementedOn),
                "improvement.idea.moved." + to)) {
            reason = null;
        }
        load();
    }

    public void edit() {
        messages.attempt(() -> ideaService.edit(workspaceId, ideaId, idea.version(), form::proposal),
                "improvement.idea.edited");
        load();
    }

    public void recordBenefit() {
        messages.attempt(() -> ideaService.recordBenefit(workspaceId, ideaId, idea.version(),
                new RealisedBenefit(saving, csatPoints, handleSeconds, benefitNote)), "improvement.idea.benefit.recorded");
        load();
    }

    public void vote() {
        messages.attempt(() -> ideaService.toggleVote(workspaceId, ideaId), "improvement.idea.voteCounted");
        load();
    }

    public void post() {
        if (messages.attempt(() -> ideaService.comment(workspaceId, ideaId, replyTo, comment),
                "improvement.idea.commented")) {
            comment = null;
            replyTo = null;
        }
        load();
    }

    public void attach() {
        if (file == null) {
            messages.error("contract.documents.noFile");
            return;
        }
        String name = file.getFileName();
        byte[] content = file.getContent();
        file = null;
        messages.attempt(() -> attachmentService.attach(workspaceId, ideaId, name, content),
                "improvement.idea.attached");
        load();
    }

    /** Where the API serves the file: the same sign-in and tenancy check as any call. */
    public String downloadPath(AttachmentDetails attachment) {
        return facesContext.getExternalContext().getRequestContextPath() + "/api/v1/workspaces/" + workspaceId
                + "/idea-attachments/" + attachment.id();
    }

    public int getMaxSizeMib() {
        return DocumentFile.MAX_SIZE_MIB;
    }

    public boolean isConfirmable() {
        return idea.nextStatuses().contains(IdeaStatus.BENEFIT_REALISED);
    }

    /** The moves offered as buttons here; confirming a benefit has its own place beside the claim. */
    public List<IdeaStatus> getMoves() {
        return idea.nextStatuses().stream().filter(s -> s != IdeaStatus.BENEFIT_REALISED).toList();
    }

    public List<Effort> getEfforts() {
        return List.of(Effort.values());
    }

    public long getIdeaId() {
        return ideaId;
    }

    public void setIdeaId(long ideaId) {
        this.ideaId = ideaId;
    }

    /** The months compared on each side: the view parameter {@code months}, else the default. */
    public int getMonths() {
        return months == null ? MeasuredBenefitService.DEFAULT_MONTHS : months;
    }

    public Integer getMonthsParameter() {
        return months;
    }

    public void setMonthsParameter(Integer months) {
        this.months = months;
    }

    public IdeaDetails getIdea() {
        return idea;
    }

    public List<CommentDetails> getComments() {
        return comments;
    }

    public List<AttachmentDetails> getAttachments() {
        return attachments;
    }

    public List<MeasuredChange> getMeasured() {
        return measured;
    }

    public IdeaChoices getChoices() {
        return choices;
    }

    public IdeaForm getForm() {
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getImplementedOn() {
        return implementedOn;
    }

    public void setImplementedOn(LocalDate implementedOn) {
        this.implementedOn = implementedOn;
    }

    public BigDecimal getSaving() {
        return saving;
    }

    public void setSaving(BigDecimal saving) {
        this.saving = saving;
    }

    public BigDecimal getCsatPoints() {
        return csatPoints;
    }

    public void setCsatPoints(BigDecimal csatPoints) {
        this.csatPoints = csatPoints;
    }

    public Integer getHandleSeconds() {
        return handleSeconds;
    }

    public void setHandleSeconds(Integer handleSeconds) {
        this.handleSeconds = handleSeconds;
    }

    public String getBenefitNote() {
        return benefitNote;
    }

    public void setBenefitNote(String benefitNote) {
        this.benefitNote = benefitNote;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(Long replyTo) {
        this.replyTo = replyTo;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

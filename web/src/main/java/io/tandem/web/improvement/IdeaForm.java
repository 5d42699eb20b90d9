package io.tandem.web.improvement;

import io.tandem.improvement.Effort;
import io.tandem.improvement.IdeaDetails;
import io.tandem.improvement.IdeaProposal;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An idea's content as its form holds it, proposed new or edited. */
public class IdeaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String problem;
    private String proposal;
    private String touchpoint;
    private Effort effort = Effort.MEDIUM;
    private Long contractId;
    private List<String> serviceLevelIds = new ArrayList<>();
    private BigDecimal expectedSaving;
    private BigDecimal expectedCsatPoints;
    private Integer expectedHandleSeconds;
    private String expectedNote;
    private Long clientOwnerId;
    private Long providerOwnerId;

    /** The form filled with what the idea says now, to edit it. */
    static IdeaForm of(IdeaDetails idea) {
        IdeaForm form = new IdeaForm();
        form.title = idea.title();
        form.problem = idea.problem();
        form.proposal = idea.proposal();
        form.touchpoint = idea.touchpoint();
        form.effort = idea.effort();
        form.contractId = idea.contractId();
        form.serviceLevelIds = new ArrayList<>(idea.serviceLevels().stream().map(l -> String.valueOf(l.id())).toList());
        form.expectedSaving = idea.expectedSaving();
        form.expectedCsatPoints = idea.expectedCsatPoints();
        form.expectedHandleSeconds = idea.expectedHandleSeconds();
        form.expectedNote = idea.expectedNote();
        form.clientOwnerId = idea.clientOwnerId();
        form.providerOwnerId = idea.providerOwnerId();
        return form;
    }

    IdeaProposal proposal() {
        return new IdeaProposal(title, problem, proposal, touchpoint, effort, contractId,
                serviceLevelIds.stream().map(Long::valueOf).toList(), expectedSaving, expectedCsatPoints,
                expectedHandleSeconds, expectedNote, clientOwnerId, providerOwnerId);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public String getTouchpoint() {
        return touchpoint;
    }

    public void setTouchpoint(String touchpoint) {
        this.touchpoint = touchpoint;
    }

    public Effort getEffort() {
        return effort;
    }

    public void setEffort(Effort effort) {
        this.effort = effort;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public List<String> getServiceLevelIds() {
        return serviceLevelIds;
    }

    public void setServiceLevelIds(List<String> serviceLevelIds) {
        this.serviceLevelIds = serviceLevelIds == null ? new ArrayList<>() : serviceLevelIds;
    }

    public BigDecimal getExpectedSaving() {
        return expectedSaving;
    }

    public void setExpectedSaving(BigDecimal expectedSaving) {
        this.expectedSaving = expectedSaving;
    }

    public BigDecimal getExpectedCsatPoints() {
        return expectedCsatPoints;
    }

    public void setExpectedCsatPoints(BigDecimal expectedCsatPoints) {
        this.expectedCsatPoints = expectedCsatPoints;
    }

    public Integer getExpectedHandleSeconds() {
        return expectedHandleSeconds;
    }

    public void setExpectedHandleSeconds(Integer expectedHandleSeconds) {
        this.expectedHandleSeconds = expectedHandleSeconds;
    }

    public String getExpectedNote() {
        return expectedNote;
    }

    public void setExpectedNote(String expectedNote) {
        this.expectedNote = expectedNote;
    }

    public Long getClientOwnerId() {
        return clientOwnerId;
    }

    public void setClientOwnerId(Long clientOwnerId) {
        this.clientOwnerId = clientOwnerId;
    }

    public Long getProviderOwnerId() {
        return providerOwnerId;
    }

    public void setProviderOwnerId(Long providerOwnerId) {
        this.providerOwnerId = providerOwnerId;
    }
}

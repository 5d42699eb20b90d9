package io.tandem.web.servicelevel;

import io.tandem.servicelevel.ReliefDetails;
import io.tandem.servicelevel.ReliefService;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Relief: the provider asks for a month to be excused, the client approves or rejects. */
@Named
@ViewScoped
public class ReliefsView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    ReliefService reliefService;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    Messages messages;

    @Inject
    ReviewActions review;

    private List<ReliefDetails> reliefs = List.of();
    private List<ServiceLevelDetails> criticalLevels = List.of();

    private final ReliefRequestForm request = new ReliefRequestForm();
    private String decisionNote;

    public void load() {
        openWorkspace();
        reliefs = TableRows.of(reliefService.reliefs(workspaceId));
        if (overview.allows(Permission.ANSWER_DISPUTES)) {
            // relief excuses credits: only critical levels earn them
            criticalLevels = serviceLevels.serviceLevels(workspaceId).stream().filter(ServiceLevelDetails::critical)
                    .toList();
        }
    }

    public void requestRelief() {
        if (messages.attempt(() -> reliefService.request(workspaceId, request.getLevelId(), request.getPeriod(),
                request.getReason()), "servicelevel.reliefs.requested")) {
            request.setReason(null);
            reliefs = TableRows.of(reliefService.reliefs(workspaceId));
        }
    }

    public void decide(ReliefDetails relief, boolean approved) {
        if (review.decide(workspaceId, relief, approved, decisionNote)) {
            decisionNote = null;
        }
        reliefs = TableRows.of(reliefService.reliefs(workspaceId));
    }

    public List<ReliefDetails> getReliefs() {
        return reliefs;
    }

    public List<ServiceLevelDetails> getCriticalLevels() {
        return criticalLevels;
    }

    public ReliefRequestForm getRequest() {
        return request;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }
}

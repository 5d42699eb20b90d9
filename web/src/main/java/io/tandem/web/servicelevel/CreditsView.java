package io.tandem.web.servicelevel;

import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.CreditService;
import io.tandem.workspace.WorkspaceOverview;
import io.tandem.workspace.WorkspaceService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Every contract's service credits, each with the figures and the rule it came from. */
@Named
@ViewScoped
public class CreditsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditService credits;

    @Inject
    WorkspaceService workspaces;

    private long workspaceId;
    private WorkspaceOverview overview;
    private List<CreditReport> reports = List.of();

    public void load() {
        overview = workspaces.overview(workspaceId);
        reports = credits.credits(workspaceId);
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(long workspaceId) {
        this.workspaceId = workspaceId;
    }

    public WorkspaceOverview getOverview() {
        return overview;
    }

    public List<CreditReport> getReports() {
        return reports;
    }
}

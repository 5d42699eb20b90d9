package io.tandem.web.servicelevel;

import io.tandem.servicelevel.CreditService;
import io.tandem.servicelevel.Scorecard;
import io.tandem.workspace.WorkspaceOverview;
import io.tandem.workspace.WorkspaceService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;

/** The service-level scorecard: levels as rows, months as columns, twelve months at a time. */
@Named
@ViewScoped
public class ScorecardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditService credits;

    @Inject
    WorkspaceService workspaces;

    private long workspaceId;
    private YearMonth to;
    private WorkspaceOverview overview;
    private Scorecard scorecard;

    public void load() {
        overview = workspaces.overview(workspaceId);
        if (to == null) {
            to = YearMonth.now();
        }
        scorecard = credits.scorecard(workspaceId, getFrom(), to);
    }

    public YearMonth getFrom() {
        return to.minusMonths(11);
    }

    public YearMonth getEarlier() {
        return to.minusMonths(12);
    }

    public YearMonth getLater() {
        return to.plusMonths(12);
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(long workspaceId) {
        this.workspaceId = workspaceId;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public WorkspaceOverview getOverview() {
        return overview;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }
}

package io.tandem.web.servicelevel;

import io.tandem.servicelevel.CreditService;
import io.tandem.servicelevel.Scorecard;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;

/** The service-level scorecard: levels as rows, months as columns, twelve months at a time. */
@Named
@ViewScoped
public class ScorecardView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditService credits;

    private YearMonth to;
    private Scorecard scorecard;

    public void load() {
        openWorkspace();
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

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }
}

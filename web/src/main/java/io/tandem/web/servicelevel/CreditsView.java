package io.tandem.web.servicelevel;

import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.CreditService;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Every contract's service credits, each with the figures and the rule it came from. */
@Named
@ViewScoped
public class CreditsView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditService credits;

    private List<CreditReport> reports = List.of();

    public void load() {
        openWorkspace();
        // each contract's table sorts its own lines in place
        reports = credits.credits(workspaceId).stream()
                .map(report -> new CreditReport(report.contractId(), report.contractReference(), report.currency(),
                        TableRows.of(report.credits()), report.payable(), report.pendingEarnBack(), report.earnedBack()))
                .toList();
    }

    public List<CreditReport> getReports() {
        return reports;
    }
}

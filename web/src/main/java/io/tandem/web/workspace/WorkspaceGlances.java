package io.tandem.web.workspace;

import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.dashboard.DashboardService;
import io.tandem.tenancy.Permission;
import io.tandem.workspace.WorkspaceOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;

/** Puts a workspace's glance together from the contexts that own its parts, each asked as the caller. */
@RequestScoped
public class WorkspaceGlances {

    @Inject
    ContractService contracts;

    @Inject
    DashboardService dashboards;

    /** {@code waiting}: the number of inbox items there, which the caller has counted already. */
    public WorkspaceGlance of(WorkspaceOverview workspace, int waiting) {
        long id = workspace.id();
        ContractDetails nextNotice = workspace.allows(Permission.VIEW_CONTRACTS)
                ? contracts.contracts(id).stream().filter(c -> c.status() == ContractStatus.ACTIVE)
                        .min(Comparator.comparing(ContractDetails::noticeDate)).orElse(null)
                : null;
        return new WorkspaceGlance(workspace,
                workspace.allows(Permission.VIEW_SERVICE_LEVELS)
                        ? dashboards.glance(id, YearMonth.now(ZoneOffset.UTC)) : null,
                nextNotice, waiting);
    }
}

package io.tandem.web.workspace;

import io.tandem.contract.ContractDetails;
import io.tandem.servicelevel.ServiceLevelGlance;
import io.tandem.workspace.WorkspaceOverview;
import java.io.Serializable;

/**
 * One workspace at a glance, as its home and the portfolio show it: its latest month's service
 * levels and credits (null where the caller's role does not read them), the contract in force whose
 * notice date comes first (or null), and how many items wait for the caller there.
 */
public record WorkspaceGlance(WorkspaceOverview workspace, ServiceLevelGlance levels, ContractDetails nextNotice,
                              int waiting) implements Serializable {
}

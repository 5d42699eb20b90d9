package io.tandem.dashboard;

import io.tandem.workspace.WorkspaceOverview;
import java.io.Serializable;

/** What the workspace dashboard page reads: the workspace as its tabs show it, and its dashboard. */
public record WorkspaceDashboardPage(WorkspaceOverview overview, WorkspaceDashboard dashboard) implements Serializable {
}

package io.tandem.web.workspace;

import io.tandem.workspace.WorkspaceOverview;
import io.tandem.workspace.WorkspaceService;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A page inside one workspace: the workspace id comes from the view parameter, and the workspace
 * as the caller sees it (its tabs and what the caller may do) is looked up first, so that a
 * workspace the caller may not see ends the page with "not found" before anything else is read.
 */
public abstract class WorkspacePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceService workspaces;

    protected long workspaceId;
    protected WorkspaceOverview overview;

    protected void openWorkspace() {
        overview = workspaces.overview(workspaceId);
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
}

package io.tandem.web.workspace;

import io.tandem.workspace.WorkspaceService;
import io.tandem.workspace.WorkspaceSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: the workspaces the signed-in user may open. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    WorkspaceService workspaces;

    private List<WorkspaceSummary> visibleWorkspaces = List.of();

    public void load() {
        visibleWorkspaces = workspaces.visibleWorkspaces();
    }

    public List<WorkspaceSummary> getVisibleWorkspaces() {
        return visibleWorkspaces;
    }
}

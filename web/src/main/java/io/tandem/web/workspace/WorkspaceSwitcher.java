package io.tandem.web.workspace;

import io.tandem.workspace.WorkspaceService;
import io.tandem.workspace.WorkspaceSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The shell's one-click switch to any workspace the caller may see. */
@Named
@RequestScoped
public class WorkspaceSwitcher {

    @Inject
    WorkspaceService workspaces;

    private List<WorkspaceSummary> choices;

    @PostConstruct
    void load() {
        choices = workspaces.visibleWorkspaces();
    }

    public List<WorkspaceSummary> getChoices() {
        return choices;
    }
}

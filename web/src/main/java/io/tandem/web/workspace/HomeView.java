package io.tandem.web.workspace;

import io.tandem.web.shell.ShellView;
import io.tandem.web.shell.TableRows;
import io.tandem.workspace.WorkspaceSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The home page: the workspaces the signed-in user may open. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceSwitcher switcher;

    @Inject
    ShellView shell;

    private List<WorkspaceSummary> visibleWorkspaces = List.of();

    /** The platform administrator has no workspaces; their home is the administration page. */
    public String load() {
        if (shell.getCaller() != null && shell.getCaller().platformAdmin()) {
            return "/admin/platform?faces-redirect=true";
        }
        // the shell's switcher has loaded them for this request already
        visibleWorkspaces = TableRows.of(switcher.getChoices());
        return null;
    }

    public List<WorkspaceSummary> getVisibleWorkspaces() {
        return visibleWorkspaces;
    }
}

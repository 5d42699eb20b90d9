package io.tandem.web.workspace;

import io.tandem.tenancy.Party;
import io.tandem.tenancy.Role;
import io.tandem.web.inbox.InboxView;
import io.tandem.web.shell.ShellView;
import io.tandem.workspace.WorkspaceService;
import io.tandem.web.shell.TableRows;
import io.tandem.workspace.WorkspaceSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The home page: what waits for the signed-in user, and each workspace they may open with its
 * figures at a glance (for a client's organisation-wide roles, their portfolio).
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceSwitcher switcher;

    @Inject
    ShellView shell;

    @Inject
    InboxView inbox;

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorkspaceGlances glances;

    private List<WorkspaceSummary> visibleWorkspaces = List.of();
    private List<WorkspaceGlance> portfolio = List.of();

    /** The platform administrator has no workspaces; their home is the administration page. */
    public String load() {
        if (shell.getCaller() != null && shell.getCaller().platformAdmin()) {
            return "/admin/platform?faces-redirect=true";
        }
        // the shell's switcher has loaded them for this request already
        visibleWorkspaces = switcher.getChoices();
        inbox.load();
        portfolio = TableRows.of(visibleWorkspaces.stream()
                .map(w -> glances.of(workspaces.overview(w.id()), inbox.countIn(w.id()))).toList());
        return null;
    }

    public List<WorkspaceGlance> getPortfolio() {
        return portfolio;
    }

    /**
     * The data-sharing register is the client's view across its workspaces: offered to whoever
     * sees a workspace from the client's side (a client role or an organisation-wide role, which
     * reaches client workspaces only).
     */
    public boolean getRegisterShown() {
        return visibleWorkspaces.stream().map(WorkspaceSummary::access).anyMatch(access ->
                Arrays.stream(Role.values()).noneMatch(role -> role.name().equals(access))
                        || Role.valueOf(access).party() == Party.CLIENT);
    }

    public List<WorkspaceSummary> getVisibleWorkspaces() {
        return visibleWorkspaces;
    }
}

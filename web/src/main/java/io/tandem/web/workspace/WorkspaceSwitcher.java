package io.tandem.web.workspace;

import io.tandem.web.shell.ShellView;
import io.tandem.workspace.WorkspaceSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The shell's one-click switch to any workspace the caller may see. Every page has it, so its items
 * are a model of plain links made once per request: a menu item component per workspace, each
 * resolving its outcome, cost a client's pages with fifty workspaces a tenth of their time.
 */
@Named
@RequestScoped
public class WorkspaceSwitcher {

    @Inject
    ShellView shell;

    @Inject
    FacesContext facesContext;

    private List<WorkspaceSummary> choices;
    private final MenuModel menu = new DefaultMenuModel();

    @PostConstruct
    void load() {
        choices = shell.frame().workspaces();
        String home = facesContext.getExternalContext().getRequestContextPath() + "/workspace/home.xhtml?workspace=";
        choices.forEach(choice -> menu.getElements().add(DefaultMenuItem.builder()
                .value(choice.name()).url(home + choice.id()).build()));
    }

    public MenuModel getMenu() {
        return menu;
    }

    public List<WorkspaceSummary> getChoices() {
        return choices;
    }
}

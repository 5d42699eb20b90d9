package io.tandem.web.improvement;

import io.tandem.improvement.Effort;
import io.tandem.improvement.IdeaChoices;
import io.tandem.improvement.IdeaDetails;
import io.tandem.improvement.IdeaService;
import io.tandem.improvement.IdeaStatus;
import io.tandem.improvement.InnovationFigures;
import io.tandem.improvement.InnovationService;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The workspace's ideas: the board (a column per status; each card moves by its buttons, or by
 * dragging it onto a column, where the caller's role and side allow), the list with filters, the
 * innovation figures and the form to propose one.
 */
@Named
@ViewScoped
public class IdeasView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    IdeaService ideaService;

    @Inject
    InnovationService innovation;

    @Inject
    Messages messages;

    private List<IdeaDetails> ideas = List.of();
    private InnovationFigures figures;
    private IdeaChoices choices;
    private final IdeaForm form = new IdeaForm();

    public void load() {
        openWorkspace();
        refresh();
        if (overview.allows(Permission.PROPOSE_IDEAS)) {
            choices = ideaService.choices(workspaceId);
        }
    }

    public void propose() {
        if (messages.attempt(() -> ideaService.propose(workspaceId, form::proposal), "improvement.ideas.proposed")) {
            form.setTitle(null);
            form.setProblem(null);
            form.setProposal(null);
            refresh();
        }
    }

    /** A card's button: the one move it names, on the idea as the board last read it. */
    public void move(IdeaDetails idea, IdeaStatus to) {
        messages.attempt(() -> ideaService.move(workspaceId, idea.id(), idea.version(), to, null, null),
                "improvement.idea.moved." + to);
        refresh();
    }

    /** A card dropped on a column: the same move as its button, named by the request's parameters. */
    public void moveDropped() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        String id = parameters.getOrDefault("idea", "");
        String to = parameters.getOrDefault("to", "");
        ideas.stream().filter(idea -> String.valueOf(idea.id()).equals(id)).findFirst()
                .ifPresent(idea -> Arrays.stream(IdeaStatus.values()).filter(status -> status.name().equals(to))
                        .findFirst().ifPresent(status -> move(idea, status)));
    }

    private void refresh() {
        ideas = TableRows.of(ideaService.ideas(workspaceId));
        figures = innovation.figures(workspaceId);
    }

    /** The board's columns, in pipeline order. */
    public List<IdeaStatus> getColumns() {
        return List.of(IdeaStatus.values());
    }

    public List<IdeaDetails> column(IdeaStatus status) {
        return ideas.stream().filter(idea -> idea.status() == status).toList();
    }

    /** The moves a card offers as buttons: a rejection needs a reason, given on the idea's page. */
    public List<IdeaStatus> cardMoves(IdeaDetails idea) {
        return idea.nextStatuses().stream().filter(status -> status != IdeaStatus.REJECTED).toList();
    }

    public List<IdeaDetails> getIdeas() {
        return ideas;
    }

    public InnovationFigures getFigures() {
        return figures;
    }

    public IdeaChoices getChoices() {
        return choices;
    }

    public IdeaForm getForm() {
        return form;
    }

    public List<Effort> getEfforts() {
        return List.of(Effort.values());
    }
}

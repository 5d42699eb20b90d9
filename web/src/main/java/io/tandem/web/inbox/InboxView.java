package io.tandem.web.inbox;

import io.tandem.inbox.InboxItem;
import io.tandem.web.shell.ShellView;
import io.tandem.web.shell.TableRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What waits for the signed-in user across their workspaces, filtered by workspace and kind. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShellView shell;

    private List<InboxItem> items = List.of();
    private List<InboxItem> shown = List.of();
    private Long workspace;
    private String kind;

    public void load() {
        items = shell.frame().inbox();
        shown = TableRows.of(items);
    }

    /** The items the filters leave, kept so that the table may sort them. */
    public List<InboxItem> getShown() {
        return shown;
    }

    private void refilter() {
        shown = TableRows.of(items.stream()
                .filter(item -> workspace == null || item.workspaceId() == workspace)
                .filter(item -> kind == null || item.kind().equals(kind))
                .toList());
    }

    public int countIn(long workspaceId) {
        return (int) items.stream().filter(item -> item.workspaceId() == workspaceId).count();
    }

    /** The workspaces that have items, by name, for the filter. */
    public Map<String, Long> getWorkspaces() {
        Map<String, Long> choices = new TreeMap<>();
        items.forEach(item -> choices.put(item.workspaceName(), item.workspaceId()));
        return choices;
    }

    public List<String> getKinds() {
        return items.stream().map(InboxItem::kind).distinct().sorted().toList();
    }

    public Long getWorkspace() {
        return workspace;
    }

    public void setWorkspace(Long workspace) {
        this.workspace = workspace;
        refilter();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind;
        refilter();
    }

    /** Whether the caller has anything waiting at all (as opposed to a filter that hides it). */
    public boolean isNothingWaiting() {
        return items.isEmpty();
    }
}

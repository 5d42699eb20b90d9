package io.tandem.web.workspace;

import io.tandem.analytics.EarlyWarningReport;
import io.tandem.analytics.KpiService;
import io.tandem.contract.ObligationDetails;
import io.tandem.contract.ObligationService;
import io.tandem.inbox.InboxItem;
import io.tandem.inbox.InboxService;
import io.tandem.tenancy.Permission;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.workspace.InternalNoteService;
import io.tandem.workspace.NoteDetails;
import io.tandem.workspace.WorkspaceDetails;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * A workspace's home: what waits for the caller, its figures at a glance, who is in it, and the
 * caller's side's internal notes.
 */
@Named
@ViewScoped
public class WorkspaceView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    InternalNoteService notes;

    @Inject
    ObligationService obligations;

    @Inject
    Messages messages;

    @Inject
    InboxService inbox;

    @Inject
    WorkspaceGlances glances;

    @Inject
    KpiService kpis;

    private List<InboxItem> waiting = List.of();
    private List<EarlyWarningReport> projectedBreaches = List.of();
    private WorkspaceGlance glance;
    private List<NoteDetails> internalNotes = List.of();
    private List<ObligationDetails> overdue = List.of();
    private List<WorkspaceDetails.Member> members = List.of();
    private String newNote;

    public void load() {
        WorkspaceDetails details = workspaces.details(workspaceId);
        overview = details.overview();
        members = TableRows.of(details.members());
        internalNotes = notes.notes(workspaceId);
        overdue = overview.allows(Permission.VIEW_CONTRACTS) ? obligations.overdue(workspaceId) : List.of();
        waiting = inbox.in(workspaceId);
        glance = glances.of(overview, waiting.size());
        projectedBreaches = overview.allows(Permission.VIEW_SERVICE_LEVELS)
                ? kpis.earlyWarning(workspaceId, LocalDate.now().minusDays(1)).stream()
                        .filter(EarlyWarningReport::breachProjected).toList()
                : List.of();
    }

    /** Computed levels heading for a breach this month, for both sides to see while it can be saved. */
    public List<EarlyWarningReport> getProjectedBreaches() {
        return projectedBreaches;
    }

    public List<InboxItem> getWaiting() {
        return waiting;
    }

    public WorkspaceGlance getGlance() {
        return glance;
    }

    public void addNote() {
        if (messages.attempt(() -> notes.add(workspaceId, newNote), "workspace.home.notes.added")) {
            newNote = null;
            internalNotes = notes.notes(workspaceId);
        }
    }

    public List<NoteDetails> getInternalNotes() {
        return internalNotes;
    }

    public List<WorkspaceDetails.Member> getMembers() {
        return members;
    }

    public List<ObligationDetails> getOverdue() {
        return overdue;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }
}

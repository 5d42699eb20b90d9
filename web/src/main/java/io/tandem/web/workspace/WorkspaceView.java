package io.tandem.web.workspace;

import io.tandem.contract.ObligationService;
import io.tandem.contract.ObligationView;
import io.tandem.web.shell.Messages;
import io.tandem.workspace.InternalNoteService;
import io.tandem.workspace.NoteView;
import io.tandem.workspace.WorkspaceOverview;
import io.tandem.workspace.WorkspaceService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A workspace's home: who is in it, and the caller's side's internal notes. */
@Named
@ViewScoped
public class WorkspaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkspaceService workspaces;

    @Inject
    InternalNoteService notes;

    @Inject
    ObligationService obligations;

    @Inject
    Messages messages;

    private long workspaceId;
    private WorkspaceOverview overview;
    private List<NoteView> internalNotes = List.of();
    private List<ObligationView> overdue = List.of();
    private String newNote;

    public void load() {
        overview = workspaces.overview(workspaceId);
        internalNotes = notes.notes(workspaceId);
        overdue = overview.mayViewContracts() ? obligations.overdue(workspaceId) : List.of();
    }

    public void addNote() {
        if (messages.attempt(() -> notes.add(workspaceId, newNote), "workspace.home.notes.added")) {
            newNote = null;
            internalNotes = notes.notes(workspaceId);
        }
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

    public List<NoteView> getInternalNotes() {
        return internalNotes;
    }

    public List<ObligationView> getOverdue() {
        return overdue;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }
}

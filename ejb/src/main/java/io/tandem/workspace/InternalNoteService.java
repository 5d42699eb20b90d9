package io.tandem.workspace;

import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.Workspace;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Internal notes: each side's private record about a workspace. */
@Stateless
@Tenancy
public class InternalNoteService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** The caller's side's notes, newest first. */
    public List<NoteDetails> notes(long workspaceId) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_WORKSPACE);
        return em.createQuery("""
                        select n from InternalNote n join fetch n.author
                        where n.workspace.id = :workspace and n.privacy.privateTo = :party
                        order by n.createdAt desc, n.id desc""", InternalNote.class)
                .setParameter("workspace", workspaceId)
                .setParameter("party", grant.party())
                .getResultList().stream()
                .filter(note -> grant.canSee(note.privacy()))
                .map(NoteDetails::of)
                .toList();
    }

    public NoteDetails add(long workspaceId, String body) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.WRITE_INTERNAL_NOTES);
        InternalNote note = new InternalNote(em.find(Workspace.class, workspaceId), grant.party(),
                em.find(UserAccount.class, grant.callerId()), body);
        em.persist(note);
        em.flush();
        return NoteDetails.of(note);
    }
}

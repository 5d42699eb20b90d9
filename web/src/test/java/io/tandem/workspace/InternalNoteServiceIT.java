package io.tandem.workspace;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.Party;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InternalNoteServiceIT extends TwoEngagementsTest {

    @Inject
    InternalNoteService notes;

    private long workspace;

    @BeforeEach
    void useTheFirstEngagement() {
        workspace = tenants.withFirstProvider();
    }

    @Test
    void aNoteIsReadByItsAuthorsSideOnly() throws Exception {
        NoteDetails note = as(tenants.relationshipManager(), () -> notes.add(workspace, "  Push back on AHT  "));

        assertEquals("Push back on AHT", note.body());
        assertEquals(Party.CLIENT, note.privateTo());
        assertEquals(List.of(note.id()), ids(as(tenants.analyst(), () -> notes.notes(workspace))));
        assertEquals(List.of(), ids(as(tenants.firstAccountManager(), () -> notes.notes(workspace))));
        assertEquals(List.of(), ids(as(tenants.reviewer(), () -> notes.notes(workspace))));
    }

    @Test
    void readOnlyRolesCannotWriteNotes() {
        assertThrows(ForbiddenException.class,
                () -> as(tenants.analyst(), () -> notes.add(workspace, "analyst note")));
        assertThrows(ForbiddenException.class,
                () -> as(tenants.reviewer(), () -> notes.add(workspace, "reviewer note")));
    }

    @Test
    void anotherTenantGetsNotFoundForReadingAndWriting() {
        assertThrows(NotFoundException.class,
                () -> as(tenants.secondAccountManager(), () -> notes.notes(workspace)));
        assertThrows(NotFoundException.class,
                () -> as(tenants.secondAccountManager(), () -> notes.add(workspace, "sneaky")));
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> notes.add(Long.MAX_VALUE, "no such workspace")));
    }

    @Test
    void anEmptyOrOverlongNoteIsRefusedAndNothingIsStored() throws Exception {
        DomainException empty = assertThrows(DomainException.class,
                () -> as(tenants.firstAccountManager(), () -> notes.add(workspace, "   ")));
        DomainException overlong = assertThrows(DomainException.class,
                () -> as(tenants.firstAccountManager(), () -> notes.add(workspace, "x".repeat(4001))));

        assertEquals("workspace.note.body.invalid", empty.messageKey());
        assertEquals("workspace.note.body.invalid", overlong.messageKey());
        assertEquals(List.of(), as(tenants.firstAccountManager(), () -> notes.notes(workspace)));
    }

    private static List<Long> ids(List<NoteDetails> notes) {
        return notes.stream().map(NoteDetails::id).toList();
    }
}

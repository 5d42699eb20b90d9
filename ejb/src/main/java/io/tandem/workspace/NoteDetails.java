package io.tandem.workspace;

import io.tandem.tenancy.Party;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An internal note as pages and the API show it; its author by name and organisation. */
public record NoteDetails(long id, String author, OffsetDateTime createdAt, String body, Party privateTo,
                          String authorOrganisation) implements Serializable {

    static NoteDetails of(InternalNote note) {
        return new NoteDetails(note.id(), note.author().displayName(), note.createdAt(), note.body(),
                note.privacy().privateTo(),
                note.author().organisation() == null ? null : note.author().organisation().name());
    }
}

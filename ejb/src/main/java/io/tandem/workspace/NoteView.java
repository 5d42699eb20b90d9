package io.tandem.workspace;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An internal note as pages and the API show it. */
public record NoteView(long id, String author, OffsetDateTime createdAt, String body, Party privateTo)
        implements Serializable {

    static NoteView of(InternalNote note) {
        return new NoteView(note.id(), note.author().displayName(), note.createdAt(), note.body(),
                note.privacy().privateTo());
    }
}

package io.tandem.interaction;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * One import as the history shows it: who sent which file when, how long it took, and what became
 * of it. {@code rows} were stored, {@code skipped} were stored before with the same values,
 * {@code rejectedLines} were bad (then nothing was stored).
 */
public record InteractionImportDetails(long id, String fileName, String importedBy, OffsetDateTime startedAt,
                                       Long durationMs, ImportOutcome outcome, long rows, long skipped,
                                       long rejectedLines, LocalDateTime firstOffered, LocalDateTime lastOffered,
                                       String deletedBy, OffsetDateTime deletedAt, long version) {
}

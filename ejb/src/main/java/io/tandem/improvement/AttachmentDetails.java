package io.tandem.improvement;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An idea's attachment without its bytes. */
public record AttachmentDetails(long id, String fileName, String contentType, long sizeBytes, String sha256,
                                String uploadedBy, OffsetDateTime uploadedAt, long version) implements Serializable {

    static AttachmentDetails of(IdeaAttachment attachment) {
        return new AttachmentDetails(attachment.id(), attachment.file().name(),
                attachment.file().contentType(), attachment.file().sizeBytes(), attachment.file().sha256(), IdeaDetails.person(attachment.uploadedBy()),
                attachment.uploadedAt(), attachment.version());
    }
}

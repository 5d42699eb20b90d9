package io.tandem.improvement;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An idea's attachment without its bytes. */
public record AttachmentDetails(long id, String fileName, String contentType, long sizeBytes, String sha256,
                                String uploadedBy, OffsetDateTime uploadedAt, long version) implements Serializable {

    static AttachmentDetails of(IdeaAttachment attachment) {
        return new AttachmentDetails(attachment.id(), attachment.fileName(), attachment.contentType(),
                attachment.sizeBytes(), attachment.sha256(), IdeaDetails.person(attachment.uploadedBy()),
                attachment.uploadedAt(), attachment.version());
    }
}

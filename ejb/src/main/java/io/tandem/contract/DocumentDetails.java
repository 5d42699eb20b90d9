package io.tandem.contract;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A contract document as pages and the API list it: everything but its bytes. */
public record DocumentDetails(long id, long contractId, String fileName, String contentType, long sizeBytes,
                           String sha256, String uploadedBy, OffsetDateTime uploadedAt, long version)
        implements Serializable {

    static DocumentDetails of(ContractDocument document) {
        return new DocumentDetails(document.id(), document.contract().id(), document.file().name(),
                document.file().contentType(), document.file().sizeBytes(), document.file().sha256(), document.uploadedBy().displayName(), document.uploadedAt(),
                document.version());
    }
}

package io.tandem.datasharing;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A feed log entry as pages and the API show it. */
public record FeedDetails(long id, long agreementId, String agreementTitle, int versionNumber, DataCategory category,
                          long rowCount, String description, String recordedBy, OffsetDateTime recordedAt)
        implements Serializable {

    static FeedDetails of(DataFeed feed) {
        return new FeedDetails(feed.id(), feed.agreement().id(), feed.agreement().title(), feed.versionNumber(),
                feed.category(), feed.rowCount(), feed.description(), feed.recordedBy().displayName(),
                feed.recordedAt());
    }
}

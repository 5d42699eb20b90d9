package io.tandem.workspace;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A token as the profile page lists it: never its secret. */
public record ApiTokenDetails(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt)
        implements Serializable {

    static ApiTokenDetails of(ApiToken token) {
        return new ApiTokenDetails(token.id(), token.name(), token.createdAt(), token.lastUsedAt());
    }
}

package io.tandem.workspace;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A token as the profile page lists it: never its secret. */
public record ApiTokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt)
        implements Serializable {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt());
    }
}

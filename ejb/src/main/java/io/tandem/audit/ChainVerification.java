package io.tandem.audit;

import java.io.Serializable;

/**
 * The result of recomputing a chain: intact, or the position of the first event whose stored hash
 * or link to its predecessor does not match.
 */
public record ChainVerification(boolean intact, long eventsChecked, Long brokenAt) implements Serializable {

    static ChainVerification of(long eventsChecked, Long brokenAt) {
        return new ChainVerification(brokenAt == null, eventsChecked, brokenAt);
    }
}

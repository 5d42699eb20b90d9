package io.tandem.dashboard;

import java.io.Serializable;

/** Contacts of one channel and queue over some months: offered, of which answered and abandoned. */
public record Volume(String channel, String queue, long offered, long answered, long abandoned)
        implements Serializable {
}

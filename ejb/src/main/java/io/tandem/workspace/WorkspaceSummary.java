package io.tandem.workspace;

import java.io.Serializable;

/**
 * One workspace as a list shows it to a caller. {@code access} names how the caller reaches it:
 * a workspace role, or an organisation-wide role when they hold no membership there.
 */
public record WorkspaceSummary(long id, String name, String clientName, String providerName, String access)
        implements Serializable {
}

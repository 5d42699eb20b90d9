package io.tandem.inbox;

import io.tandem.tenancy.WorkspaceGrant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one context has waiting for a caller in one workspace. Each context that has acts to ask
 * of someone provides one as a CDI bean; {@link InboxService} finds them all, so the inbox never
 * imports a context. It runs inside the inbox's transaction, under the caller's row-level security.
 */
public interface InboxSource {

    /** The items the grant's role and side are to act on, by the grant's permissions. */
    List<InboxItem> waitingFor(WorkspaceGrant grant, LocalDate today);
}

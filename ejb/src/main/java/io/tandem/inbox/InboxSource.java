package io.tandem.inbox;

import io.tandem.tenancy.WorkspaceGrant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one context has waiting for a caller in the workspaces of their grants. Each context that has
 * acts to ask of someone provides one as a CDI bean; {@link InboxService} finds them all, so the
 * inbox never imports a context. It runs inside the inbox's transaction, under the caller's
 * row-level security, and reads all the grants' workspaces with one query per kind of item, not one
 * per workspace: the header counts the inbox on every page.
 */
public interface InboxSource {

    /** The items each grant's role and side are to act on, by the grant's permissions. */
    List<InboxItem> waitingFor(Collection<WorkspaceGrant> grants, LocalDate today);

    /** The grants that pass the test, by workspace id, for an {@code in :workspaces} query and the way back. */
    static Map<Long, WorkspaceGrant> byWorkspace(Collection<WorkspaceGrant> grants, Predicate<WorkspaceGrant> test) {
        Map<Long, WorkspaceGrant> chosen = new LinkedHashMap<>();
        grants.stream().filter(test).forEach(grant -> chosen.put(grant.workspaceId(), grant));
        return chosen;
    }
}

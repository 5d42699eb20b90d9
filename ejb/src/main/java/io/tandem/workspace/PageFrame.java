package io.tandem.workspace;

import io.tandem.inbox.InboxItem;
import java.util.List;

/**
 * What the frame of every page shows of the signed-in user: who they are, the workspaces they may
 * switch to and what waits for them. A visitor not signed in, or
 * whose account was deactivated, has none of it.
 */
public record PageFrame(CallerProfile caller, List<WorkspaceSummary> workspaces, List<InboxItem> inbox) {

    public static final PageFrame NOBODY = new PageFrame(null, List.of(), List.of());

    public PageFrame {
        workspaces = List.copyOf(workspaces);
        inbox = List.copyOf(inbox);
    }
}

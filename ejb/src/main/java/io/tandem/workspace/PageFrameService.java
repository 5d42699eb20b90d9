package io.tandem.workspace;

import io.tandem.inbox.InboxService;
import io.tandem.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The page frame's figures in one transaction. Read by three services one after the other they were
 * three transactions per page, each naming the caller to the database again: about a fifth of the
 * cost of a plain page under load.
 */
@Stateless
@Tenancy
public class PageFrameService {

    @Inject
    AccountService accounts;

    @Inject
    WorkspaceService workspaces;

    @Inject
    InboxService inbox;

    /** The caller's frame; the platform administrator has no inbox, an inactive account no frame. */
    public PageFrame frame() {
        return accounts.callerProfile()
                .map(profile -> new PageFrame(profile, workspaces.visibleWorkspaces(),
                        profile.platformAdmin() ? List.of() : inbox.everywhere()))
                .orElse(PageFrame.NOBODY);
    }
}

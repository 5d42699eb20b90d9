package io.tandem.web.inbox;

import io.tandem.inbox.InboxItem;
import io.tandem.inbox.InboxService;
import io.tandem.web.shell.ShellView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The caller's inbox, read at most once per request: the header shows its count on every page, and
 * the home page lists it, from the same read.
 */
@Named
@RequestScoped
public class InboxCount {

    @Inject
    InboxService inbox;

    @Inject
    ShellView shell;

    private List<InboxItem> items;

    public List<InboxItem> items() {
        if (items == null) {
            items = shell.getCaller() == null || shell.getCaller().platformAdmin() ? List.of() : inbox.everywhere();
        }
        return items;
    }

    public int getCount() {
        return items().size();
    }
}

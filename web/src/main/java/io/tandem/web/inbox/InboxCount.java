package io.tandem.web.inbox;

import io.tandem.inbox.InboxService;
import io.tandem.web.shell.ShellView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The number of items in the header, counted once per request and only when the header shows it. */
@Named
@RequestScoped
public class InboxCount {

    @Inject
    InboxService inbox;

    @Inject
    ShellView shell;

    private Integer count;

    public int getCount() {
        if (count == null) {
            count = shell.getCaller() == null || shell.getCaller().platformAdmin() ? 0 : inbox.everywhere().size();
        }
        return count;
    }
}

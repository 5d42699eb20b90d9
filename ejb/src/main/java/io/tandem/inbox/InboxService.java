package io.tandem.inbox;

import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What waits for the signed-in user, across every workspace they see or in one of them. */
@Stateless
@Tenancy
public class InboxService {

    /** Overdue first, then by due date (undated last), then by workspace and kind. */
    static final Comparator<InboxItem> ORDER = Comparator.comparing((InboxItem item) -> !item.overdue())
                .thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxItem::workspaceName)
                .thenComparing(InboxItem::kind)
                .thenComparing(InboxItem::recordId);

    @Inject
    WorkspaceAccess access;

    @Inject
    @Any
    Instance<InboxSource> sources;

    private final Clock clock = Clock.systemUTC();

    public List<InboxItem> everywhere() {
        return sorted(collect(access.all()));
    }

    public List<InboxItem> in(long workspaceId) {
        return sorted(collect(List.of(access.require(workspaceId))));
    }

    private List<InboxItem> collect(List<WorkspaceGrant> grants) {
        List<InboxItem> items = new ArrayList<>();
        for (InboxSource source : sources) {
            items.addAll(source.waitingFor(grants, today()));
        }
        return items;
    }

    private List<InboxItem> sorted(List<InboxItem> items) {
        items.sort(ORDER);
        return List.copyOf(items);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

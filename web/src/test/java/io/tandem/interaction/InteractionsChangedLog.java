package io.tandem.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link InteractionsChanged} the deployment fires, for the tests to read. */
@ApplicationScoped
public class InteractionsChangedLog {

    private final List<InteractionsChanged> fired = new CopyOnWriteArrayList<>();

    void heard(@Observes InteractionsChanged event) {
        fired.add(event);
    }

    public List<InteractionsChanged> of(long workspaceId) {
        return fired.stream().filter(event -> event.workspaceId() == workspaceId).toList();
    }
}

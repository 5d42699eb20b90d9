package io.tandem.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;

/**
 * Projects nothing: there is no early warning yet to ask. The dashboards show "no projected
 * breach" until a bean of the early warning takes this one's place as the {@link ProjectionSource}.
 */
@ApplicationScoped
public class NoProjectionSource implements ProjectionSource {

    @Override
    public List<ProjectedBreach> projectedBreaches(long workspaceId, YearMonth month) {
        return List.of();
    }
}

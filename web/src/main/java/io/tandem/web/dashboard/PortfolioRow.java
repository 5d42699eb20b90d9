package io.tandem.web.dashboard;

import io.tandem.dashboard.Portfolio;
import java.io.Serializable;
import java.util.List;

/**
 * A row of the portfolio table, its figures as the page prints them, formatted once when the view
 * loads (see {@link LevelRow}); {@code dashboard} is the address of the workspace's dashboard over
 * the same months. The credit columns hold one amount per currency. Sorting and filtering use the
 * workspace's own values.
 */
public record PortfolioRow(Portfolio.Row workspace, String dashboard, AttainmentFigures attainment,
                           List<String> periodCredits, List<String> yearToDateCredits,
                           List<String> pendingEarnBack, String offered, String projectedBreaches)
        implements Serializable {
}

package io.tandem.web.dashboard;

import io.tandem.dashboard.LevelTrend;
import java.io.Serializable;

/**
 * A row of the workspace dashboard's levels table, its figures as the page prints them, formatted
 * once when the view loads. Formatting in the page took an EL method call and a message format per
 * cell on every request, the largest part of the page's rendering under load. Sorting and filtering
 * use the level's own values.
 */
public record LevelRow(LevelTrend level, String metric, String attainment, String monthsMet, String breaches)
        implements Serializable {
}

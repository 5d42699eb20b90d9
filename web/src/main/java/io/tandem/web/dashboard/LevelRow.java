package io.tandem.web.dashboard;

import io.tandem.dashboard.LevelTrend;
import java.io.Serializable;

/**
 * A row of the workspace dashboard's levels table, its figures as the page prints them, formatted
 * once when the view loads rather than by an EL method call or a message format per cell on every
 * request. Sorting and filtering use the level's own values.
 */
public record LevelRow(LevelTrend level, String metric, AttainmentFigures attainment)
        implements Serializable {
}

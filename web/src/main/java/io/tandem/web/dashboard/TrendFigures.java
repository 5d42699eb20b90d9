package io.tandem.web.dashboard;

import io.tandem.dashboard.LevelTrend;
import java.io.Serializable;
import java.util.List;

/**
 * A level's trend as the dashboard draws it: the chart's configuration, the label naming it and its
 * text alternative, the figures table's markup ({@link TrendFiguresTable}), made once per set of
 * trends and language. Twenty levels of twelve months are about 1,200 cells: formatting each through
 * EL method calls took half of the page's rendering time under load.
 */
public record TrendFigures(LevelTrend level, String chart, String label, String table) implements Serializable {

    /** The disclosure's summary and the table's column headings, in the page's language. */
    public record Headings(String summary, String month, String value, String expected, String minimum,
                           String result) {
    }

    /** One month of the figures table, as the page prints it. */
    public record Row(String month, String value, String expected, String minimum, String result) {
    }
}

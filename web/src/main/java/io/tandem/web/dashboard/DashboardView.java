package io.tandem.web.dashboard;

import io.tandem.dashboard.DashboardService;
import io.tandem.dashboard.LevelTrend;
import io.tandem.dashboard.MonthRange;
import io.tandem.dashboard.Volume;
import io.tandem.dashboard.WorkspaceDashboard;
import io.tandem.dashboard.WorkspaceDashboardPage;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.PageFigures;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/** The workspace dashboard: twelve months up to this one unless the period is chosen. */
@Named
@ViewScoped
public class DashboardView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboards;

    @Inject
    PageFigures figures;

    @Inject
    Messages texts;

    @Inject
    TrendFiguresCache trendFigures;

    @Inject
    FacesContext facesContext;

    private YearMonth from;
    private YearMonth to;
    private WorkspaceDashboard dashboard;
    private List<LevelRow> levels = List.of();
    private List<Volume> volumes = List.of();
    private List<TrendFigures> trends = List.of();
    private String volumeChart;

    public void load() {
        MonthRange period = MonthRange.orTwelveMonths(from, to);
        from = period.from();
        to = period.to();
        WorkspaceDashboardPage page = dashboards.workspacePage(workspaceId, from, to);
        overview = page.overview();
        dashboard = page.dashboard();
        levels = TableRows.of(dashboard.levels().stream().map(this::row).toList());
        volumes = TableRows.of(dashboard.volumes());
        TrendFigures.Headings headings = new TrendFigures.Headings(texts.text("dashboard.chart.figures"),
                texts.text("servicelevel.period"), texts.text("dashboard.chart.value"),
                texts.text("dashboard.chart.expected"), texts.text("dashboard.chart.minimum"),
                texts.text("dashboard.chart.result"));
        List<String> lines = List.of(headings.value(), headings.expected(), headings.minimum());
        trends = trendFigures.of(dashboard.levels(), facesContext.getViewRoot().getLocale(),
                level -> trendFigures(level, headings, lines));
        volumeChart = ChartModels.volumes(dashboard.volumes(), volume -> texts.text("dashboard.channel." + volume.channel())
                + " · " + volume.queue(), List.of(texts.text("dashboard.volumes.answered"),
                texts.text("dashboard.volumes.abandoned")));
    }

    private LevelRow row(LevelTrend level) {
        return new LevelRow(level, texts.text("servicelevel.metric." + level.metric()),
                AttainmentFigures.of(level.attainment(), figures, texts));
    }

    /** Shows the chosen months, as an address one can bookmark. */
    public String show() {
        return "/dashboard/workspace?faces-redirect=true&includeViewParams=true";
    }

    private TrendFigures trendFigures(LevelTrend level, TrendFigures.Headings headings, List<String> lines) {
        String provisional = " (" + texts.text("servicelevel.scorecard.provisional") + ")";
        List<TrendFigures.Row> rows = level.points().stream().map(point -> new TrendFigures.Row(
                figures.month(point.period()),
                figures.value(point.value(), level.metric()),
                figures.value(point.expectedLevel(), level.metric()),
                figures.value(point.minimumLevel(), level.metric()),
                (point.result() == null ? "" : texts.text("servicelevel.result." + point.result()))
                        + (point.provisional() ? provisional : ""))).toList();
        String label = texts.text("dashboard.trend.label", level.name());
        return new TrendFigures(level, ChartModels.trend(level, point -> figures.shortMonth(point.period()), lines),
                label, TrendFiguresTable.markup(facesContext, label, headings, rows));
    }

    /** The levels' charts with their figures, in the page's language. */
    public List<TrendFigures> getTrends() {
        return trends;
    }

    /** Contacts answered and abandoned per channel and queue, in the page's language. */
    public String getVolumeChart() {
        return volumeChart;
    }

    public WorkspaceDashboard getDashboard() {
        return dashboard;
    }

    public List<LevelRow> getLevels() {
        return levels;
    }

    public List<Volume> getVolumes() {
        return volumes;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }
}

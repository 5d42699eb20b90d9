package io.tandem.web.analytics;

import io.tandem.analytics.IntradayReport;
import io.tandem.analytics.KpiService;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.web.shell.Messages;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A computed level's day as a heatmap of 30-minute intervals (rows by hour, the two half hours
 * side by side), for one queue or all. The level, day and queue are view parameters, so a view
 * can be linked to.
 */
@Named
@ViewScoped
public class IntradayView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    KpiService kpis;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    Messages messages;

    private Long level;
    private String day;
    private String queue;
    private List<ServiceLevelDetails> levels = List.of();
    private IntradayReport report;

    public void load() {
        openWorkspace();
        levels = serviceLevels.serviceLevels(workspaceId).stream().filter(l -> l.kpi() != null).toList();
        if (level == null && !levels.isEmpty()) {
            level = levels.get(0).id();
        }
        LocalDate chosen = LocalDate.now().minusDays(1);
        if (day != null && !day.isBlank()) {
            try {
                chosen = LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                messages.error("kpi.intraday.day.invalid");
            }
        }
        day = chosen.toString();
        LocalDate shown = chosen;
        if (level != null) {
            try {
                report = kpis.intraday(workspaceId, level, shown, queue);
            } catch (NotFoundException | ForbiddenException e) {
                throw e;
            } catch (DomainException e) {
                messages.error(e.messageKey(), e.arguments().toArray());
            }
        }
    }

    /** Shows the chosen level, day and queue at an address of their own. */
    public String show() {
        return "/analytics/intraday?faces-redirect=true&includeViewParams=true";
    }

    /** The month's queues to choose from. */
    public List<String> getQueues() {
        return report == null ? List.of() : report.queues();
    }

    /** The day's intervals as 24 rows of two: the hour, then its first and second half. */
    public List<List<IntradayReport.Slot>> getHours() {
        if (report == null) {
            return List.of();
        }
        return IntStream.range(0, 24)
                .mapToObj(hour -> report.slots().subList(2 * hour, 2 * hour + 2)).toList();
    }

    /** A slot's colour: its result against the month's target, or "none" with nothing to judge. */
    public String tone(IntradayReport.Slot slot) {
        return slot.result() == null ? "none" : slot.result().name().toLowerCase(Locale.ROOT);
    }

    public Long getLevel() {
        return level;
    }

    public void setLevel(Long level) {
        this.level = level;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public List<ServiceLevelDetails> getLevels() {
        return levels;
    }

    public IntradayReport getReport() {
        return report;
    }
}

package io.tandem.api.analytics;

import io.tandem.analytics.EarlyWarningReport;
import io.tandem.analytics.IntradayReport;
import io.tandem.analytics.KpiMonthReport;
import io.tandem.analytics.KpiService;
import io.tandem.platform.DomainException;
import io.tandem.platform.Months;
import io.tandem.servicelevel.KpiDefinition;
import io.tandem.web.shell.MessageText;
import io.tandem.web.shell.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Computed KPIs as JSON answers: a level's monthly series and intraday profile, and the workspace's
 * early warning. Every answer carries the definition in words ({@code definition}, in the language
 * the caller accepts, English by default) beside the figures. The level's answers are served under
 * its own address ({@code service-levels/{id}/kpis}, {@code .../intraday}) by the service-level
 * resource: a second root resource at {@code workspaces/{id}} would shadow {@code GET workspaces/{id}}.
 */
public final class KpiAnswers {

    public record Series(long serviceLevelId, String definition, List<KpiMonthReport> months) {
    }

    public record Intraday(String definition, IntradayReport intraday) {
    }

    public record Warning(String definition, boolean breachProjected, EarlyWarningReport warning) {
    }

    private final KpiService kpis;
    private final HttpHeaders headers;

    public KpiAnswers(KpiService kpis, HttpHeaders headers) {
        this.kpis = kpis;
        this.headers = headers;
    }

    /** Months {@code from} to {@code to} (yyyy-MM, at most 36); by default the twelve months up to this one. */
    public Series series(long workspaceId, long serviceLevelId, String from, String to) {
        YearMonth last = to == null ? YearMonth.now() : Months.parse(to);
        List<KpiMonthReport> months = kpis.series(workspaceId, serviceLevelId,
                from == null ? last.minusMonths(11) : Months.parse(from), last);
        return new Series(serviceLevelId, months.isEmpty() ? "" : text(months.get(0).kpi()), months);
    }

    /** The level's {@code day} (yyyy-MM-dd, by default yesterday) by 30-minute interval, in {@code queue} or all. */
    public Intraday intraday(long workspaceId, long serviceLevelId, String day, String queue) {
        IntradayReport report = kpis.intraday(workspaceId, serviceLevelId, day(day), queue);
        return new Intraday(text(report.kpi()), report);
    }

    /** Each computed level's month to the end of {@code asOf} (yyyy-MM-dd, by default yesterday) and its projection. */
    public List<Warning> earlyWarning(long workspaceId, String asOf) {
        return kpis.earlyWarning(workspaceId, day(asOf)).stream()
                .map(w -> new Warning(text(w.kpi()), w.breachProjected(), w)).toList();
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now().minusDays(1);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("kpi.day.invalid");
        }
    }

    private String text(KpiDefinition kpi) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        return kpi.clauses().stream()
                .map(clause -> MessageText.format(bundle, clause.key(), clause.arguments().toArray()))
                .collect(Collectors.joining("; "));
    }
}

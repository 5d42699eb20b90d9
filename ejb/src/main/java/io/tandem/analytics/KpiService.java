package io.tandem.analytics;

import io.tandem.interaction.InteractionsChanged;
import io.tandem.platform.DomainException;
import io.tandem.servicelevel.ComputationChanged;
import io.tandem.servicelevel.ComputedMeasurements;
import io.tandem.servicelevel.KpiDefinition;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.ResolutionBasis;
import io.tandem.servicelevel.ServiceLevel;
import io.tandem.servicelevel.Target;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computed KPIs: keeps each computed level's interval figures and monthly measurement in step with
 * the interaction records, and reads them back as monthly series, intraday profiles and the early
 * warning. Formulas: {@link KpiSql}; projection: {@link MonthEndProjection}.
 */
@Stateless
@Tenancy
public class KpiService {

    /** A series spans at most three years, like the scorecard. */
    static final int MAX_SERIES_MONTHS = 36;
    static final int QUEUE_MAX_LENGTH = 100;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    @EJB
    ComputedMeasurements measurements;

    /** An import stored or removed records: recompute what depends on their months, in its transaction. */
    public void interactionsChanged(@Observes InteractionsChanged change) {
        recompute(change.workspaceId(), change.months());
    }

    /** A level became computed or changed its conventions: compute each of its months so far. */
    public void computationChanged(@Observes ComputationChanged change) {
        access.require(change.workspaceId());
        ServiceLevel level = level(change.workspaceId(), change.serviceLevelId());
        Set<YearMonth> months = new TreeSet<>();
        YearMonth last = level.effectiveTo() == null || level.effectiveTo().isAfter(YearMonth.now())
                ? YearMonth.now() : level.effectiveTo();
        for (YearMonth month = level.effectiveFrom(); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        recompute(level, months);
    }

    /**
     * Rewrites the interval figures of every computed level for the changed months and records each
     * month's value as its measurement. A first-contact resolution by repeat contact also depends on
     * the N days after a contact, so the months before a changed one that reach into it are redone.
     * Whoever changed the records acts here; their own permission was checked for that change.
     */
    public void recompute(long workspaceId, Set<YearMonth> months) {
        access.require(workspaceId);
        for (ServiceLevel level : computedLevels(workspaceId)) {
            recompute(level, months);
        }
    }

    private void recompute(ServiceLevel level, Set<YearMonth> changed) {
        KpiDefinition kpi = KpiDefinition.of(level);
        KpiIntervals intervals = new KpiIntervals(em);
        for (YearMonth month : affected(kpi, changed)) {
            if (!level.covers(month)) {
                continue;
            }
            intervals.rewrite(level.workspaceId(), level.id(), kpi, month);
            Figures figures = intervals.month(level.workspaceId(), level.id(), month);
            measurements.record(level.workspaceId(), level.id(), month, figures.numerator(), figures.denominator());
        }
    }

    private static Set<YearMonth> affected(KpiDefinition kpi, Set<YearMonth> changed) {
        Set<YearMonth> months = new TreeSet<>(changed);
        if (kpi.metric() == Metric.FIRST_CONTACT_RESOLUTION && kpi.resolutionBasis() == ResolutionBasis.REPEAT_CONTACT) {
            for (YearMonth month : changed) {
                for (YearMonth before = YearMonth.from(month.atDay(1).minusDays(kpi.parameter()));
                     before.isBefore(month); before = before.plusMonths(1)) {
                    months.add(before);
                }
            }
        }
        return months;
    }

    /** A computed level's months {@code from} to {@code to} from its interval figures. */
    public List<KpiMonthReport> series(long workspaceId, long serviceLevelId, YearMonth from, YearMonth to) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        if (from == null || to == null || from.isAfter(to) || from.plusMonths(MAX_SERIES_MONTHS - 1).isBefore(to)) {
            throw new DomainException("kpi.series.range", MAX_SERIES_MONTHS);
        }
        ServiceLevel level = computedLevel(workspaceId, serviceLevelId);
        KpiDefinition kpi = KpiDefinition.of(level);
        KpiIntervals intervals = new KpiIntervals(em);
        List<KpiMonthReport> series = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Figures figures = intervals.month(workspaceId, serviceLevelId, month);
            series.add(new KpiMonthReport(serviceLevelId, month, figures.numerator(), figures.denominator(),
                    figures.offered(), kpi.value(figures.numerator(), figures.denominator()), kpi));
        }
        return series;
    }

    /** A computed level's day by 30-minute interval, in {@code queue} or (null or blank) every queue. */
    public IntradayReport intraday(long workspaceId, long serviceLevelId, LocalDate day, String queue) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        requireDay(day);
        String onlyQueue = queue == null || queue.isBlank() ? null : queue.strip();
        if (onlyQueue != null && onlyQueue.length() > QUEUE_MAX_LENGTH) {
            throw new DomainException("kpi.intraday.queue.tooLong", QUEUE_MAX_LENGTH);
        }
        ServiceLevel level = computedLevel(workspaceId, serviceLevelId);
        KpiDefinition kpi = KpiDefinition.of(level);
        YearMonth month = YearMonth.from(day);
        Target target = level.covers(month) ? level.targetFor(month) : null;
        KpiIntervals intervals = new KpiIntervals(em);
        Map<LocalDateTime, Figures> byStart = intervals.intervals(workspaceId, serviceLevelId, day, onlyQueue);
        List<IntradayReport.Slot> slots = new ArrayList<>();
        for (LocalTime start = LocalTime.MIDNIGHT; slots.size() < 48; start = start.plusMinutes(30)) {
            Figures figures = byStart.getOrDefault(day.atTime(start), Figures.NONE);
            var value = kpi.value(figures.numerator(), figures.denominator());
            slots.add(new IntradayReport.Slot(start, figures.offered(), figures.numerator(), figures.denominator(),
                    value, value == null || target == null ? null : target.evaluate(value)));
        }
        return new IntradayReport(serviceLevelId, level.name(), kpi, day, onlyQueue,
                intervals.queues(workspaceId, serviceLevelId, month), target == null ? null : target.expected(),
                target == null ? null : target.minimum(), slots);
    }

    /**
     * Every computed level in force in {@code asOf}'s month with days still to come: the month to
     * the end of {@code asOf} and its projected end. A month whose last day has passed is judged by
     * its measurement instead.
     */
    public List<EarlyWarningReport> earlyWarning(long workspaceId, LocalDate asOf) {
        access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        requireDay(asOf);
        YearMonth month = YearMonth.from(asOf);
        if (asOf.equals(month.atEndOfMonth())) {
            return List.of();
        }
        KpiIntervals intervals = new KpiIntervals(em);
        LocalDate profileFrom = asOf.minusDays(6).isBefore(month.atDay(1)) ? asOf.minusDays(6) : month.atDay(1);
        List<EarlyWarningReport> reports = new ArrayList<>();
        for (ServiceLevel level : computedLevels(workspaceId)) {
            if (!level.covers(month)) {
                continue;
            }
            Target target = level.targetFor(month);
            MonthEndProjection projection = MonthEndProjection.of(KpiDefinition.of(level), target, asOf,
                    intervals.days(workspaceId, level.id(), profileFrom, asOf.plusDays(1)));
            reports.add(new EarlyWarningReport(level.id(), level.name(), level.critical(), KpiDefinition.of(level),
                    target.expected(), target.minimum(), projection));
        }
        return reports;
    }

    private static void requireDay(LocalDate day) {
        if (day == null || day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new DomainException("kpi.day.range", FIRST_DAY.toString(), LAST_DAY.toString());
        }
    }

    private List<ServiceLevel> computedLevels(long workspaceId) {
        return em.createQuery("""
                        select s from ServiceLevel s join fetch s.contract
                        where s.workspaceId = :workspace and s.computation.computed = true
                        order by s.name""", ServiceLevel.class)
                .setParameter("workspace", workspaceId).getResultList();
    }

    private ServiceLevel level(long workspaceId, long serviceLevelId) {
        return new WorkspaceScope(em, workspaceId).find(ServiceLevel.class, serviceLevelId, ServiceLevel::workspaceId);
    }

    /** A level of the workspace that is computed; a reported one has no records to show. */
    private ServiceLevel computedLevel(long workspaceId, long serviceLevelId) {
        ServiceLevel level = level(workspaceId, serviceLevelId);
        if (!level.computed()) {
            throw new DomainException("kpi.level.notComputed", level.name());
        }
        return level;
    }
}

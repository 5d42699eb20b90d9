package io.tandem.analytics;

import io.tandem.servicelevel.KpiDefinition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pre-aggregated figures of computed levels (table kpi_intervals): rewritten from the raw
 * records one month at a time, read back by month, day or interval. Every query runs as the
 * caller under row-level security and names the level's workspace too.
 */
final class KpiIntervals {

    /** Thirty-minute intervals counted from a midnight, so that each starts on the hour or half past. */
    private static final String INTERVAL = "date_bin('30 minutes', i.offered_at, timestamp '2000-01-01')";

    private final EntityManager em;

    KpiIntervals(EntityManager em) {
        this.em = em;
    }

    /** Replaces the level's intervals of {@code month} with those its records give now. */
    void rewrite(long workspaceId, long levelId, KpiDefinition kpi, YearMonth month) {
        Timestamp from = start(month.atDay(1));
        Timestamp to = start(month.plusMonths(1).atDay(1));
        em.createNativeQuery("delete from kpi_intervals where service_level_id = ? and workspace_id = ?"
                        + " and interval_start >= ? and interval_start < ?")
                .setParameter(1, levelId).setParameter(2, workspaceId).setParameter(3, from).setParameter(4, to)
                .executeUpdate();
        KpiSql sql = KpiSql.of(kpi);
        List<Object> parameters = new ArrayList<>();
        parameters.add(levelId);
        parameters.addAll(sql.parameters());
        String source;
        if (sql.repeatWindowDays() == null) {
            source = "interactions i where i.workspace_id = ? and i.offered_at >= ? and i.offered_at < ?";
            parameters.addAll(List.of(workspaceId, from, to));
        } else {
            // Each contact with the customer's next later one (the next group of equal times, so a
            // contact in the same second is not later), looked for up to N days past the month, in
            // one sorted pass rather than a lookup per contact. Only the columns the figures use.
            source = """
                    (select x.workspace_id, x.queue, x.offered_at, x.answered_at, x.customer_ref,
                            min(x.offered_at) over (partition by x.customer_ref order by x.offered_at
                                                    groups between 1 following and 1 following) as next_at
                     from interactions x where x.workspace_id = ? and x.offered_at >= ?
                       and x.offered_at < cast(? as timestamp) + make_interval(days => cast(? as integer))) i
                    where i.offered_at < ?""";
            parameters.addAll(List.of(workspaceId, from, to, sql.repeatWindowDays(), to));
        }
        bind(em.createNativeQuery("insert into kpi_intervals (workspace_id, service_level_id, queue, interval_start,"
                + " offered, numerator, denominator)"
                + " select i.workspace_id, cast(? as bigint), i.queue, " + INTERVAL + ", count(*), sum("
                + sql.numerator() + "), sum(" + sql.denominator() + ")"
                + " from " + source
                + " group by i.workspace_id, i.queue, " + INTERVAL), parameters).executeUpdate();
    }

    /** The level's figures over a month. */
    Figures month(long workspaceId, long levelId, YearMonth month) {
        return total(workspaceId, levelId, month.atDay(1), month.plusMonths(1).atDay(1), null);
    }

    /** The level's figures of each day from {@code from} up to {@code to} (exclusive) that had contacts. */
    Map<LocalDate, Figures> days(long workspaceId, long levelId, LocalDate from, LocalDate to) {
        Map<LocalDate, Figures> days = new TreeMap<>();
        for (Object[] row : rows("""
                select cast(interval_start as date), sum(numerator), sum(denominator), sum(offered)
                from kpi_intervals where service_level_id = ? and workspace_id = ?
                  and interval_start >= ? and interval_start < ?
                group by cast(interval_start as date)""", levelId, workspaceId, start(from), start(to))) {
            days.put(((java.sql.Date) row[0]).toLocalDate(), figures(row, 1));
        }
        return days;
    }

    /** One day's figures by interval start, in one queue or (null) all. */
    Map<LocalDateTime, Figures> intervals(long workspaceId, long levelId, LocalDate day, String queue) {
        Map<LocalDateTime, Figures> intervals = new TreeMap<>();
        for (Object[] row : rows("""
                select interval_start, sum(numerator), sum(denominator), sum(offered)
                from kpi_intervals where service_level_id = ? and workspace_id = ?
                  and interval_start >= ? and interval_start < ? and (cast(? as varchar) is null or queue = ?)
                group by interval_start""", levelId, workspaceId, start(day), start(day.plusDays(1)), queue, queue)) {
            intervals.put(((Timestamp) row[0]).toLocalDateTime(), figures(row, 1));
        }
        return intervals;
    }

    /** The queues the level had contacts in during the month, by name. */
    List<String> queues(long workspaceId, long levelId, YearMonth month) {
        return rows("""
                select distinct queue, 1 from kpi_intervals where service_level_id = ? and workspace_id = ?
                  and interval_start >= ? and interval_start < ? order by queue""", levelId, workspaceId,
                start(month.atDay(1)), start(month.plusMonths(1).atDay(1))).stream()
                .map(row -> (String) row[0]).toList();
    }

    private Figures total(long workspaceId, long levelId, LocalDate from, LocalDate to, String queue) {
        return figures(rows("""
                select coalesce(sum(numerator), 0), coalesce(sum(denominator), 0), coalesce(sum(offered), 0)
                from kpi_intervals where service_level_id = ? and workspace_id = ?
                  and interval_start >= ? and interval_start < ? and (cast(? as varchar) is null or queue = ?)""",
                levelId, workspaceId, start(from), start(to), queue, queue).get(0), 0);
    }

    private static Figures figures(Object[] row, int first) {
        return new Figures(decimal(row[first]), decimal(row[first + 1]), ((Number) row[first + 2]).longValue());
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return bind(em.createNativeQuery(sql), Arrays.asList(parameters)).getResultList();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.valueOf(day.atStartOfDay());
    }
}

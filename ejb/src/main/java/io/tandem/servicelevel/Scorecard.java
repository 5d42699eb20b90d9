package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Service levels as rows, months as columns. A cell's result is final once its value is settled
 * and provisional before; credit figures are filled in only for callers who may read credits.
 */
public record Scorecard(List<YearMonth> periods, List<Row> rows) implements Serializable {

    /** The months {@code from} to {@code to}, which may be at most three years apart. */
    static List<YearMonth> months(YearMonth from, YearMonth to) {
        if (from.isAfter(to) || from.plusYears(3).isBefore(to)) {
            throw new DomainException("servicelevel.scorecard.range");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * Each month's credits shown on the card, by currency (contracts of one workspace may be priced
     * in different currencies, and amounts of two currencies are never added). A month without a
     * credit the caller may see is absent.
     */
    public Map<YearMonth, Map<String, BigDecimal>> creditTotals() {
        Map<YearMonth, Map<String, BigDecimal>> totals = new TreeMap<>();
        for (Row row : rows) {
            for (Cell cell : row.cells()) {
                if (cell.credit() != null) {
                    totals.computeIfAbsent(cell.period(), p -> new TreeMap<>())
                            .merge(row.currency(), cell.credit(), BigDecimal::add);
                }
            }
        }
        return totals;
    }

    public record Row(long serviceLevelId, long contractId, String contractReference, String currency, String name, Metric metric,
                      boolean critical, List<Cell> cells) implements Serializable {

        /** Months on the card whose value is settled and met the expected level. */
        public long monthsMet() {
            return cells.stream().filter(c -> c.result() == PeriodResult.MET && !c.provisional()).count();
        }

        /** Months on the card with a settled value. */
        public long monthsSettled() {
            return cells.stream().filter(c -> c.status() != null && c.status().settled()).count();
        }

        /** The level's months; {@code credits} holds the credits the caller may see, by level and month. */
        static Row of(CreditRecords.LevelRecord record, List<YearMonth> periods,
                      Map<CreditReport.LevelMonth, CreditReport.Line> credits) {
            ServiceLevel level = record.level();
            Map<YearMonth, Measurement> byPeriod = new HashMap<>();
            record.measurements().forEach(m -> byPeriod.put(m.period(), m));
            List<Cell> cells = new ArrayList<>();
            for (YearMonth period : periods) {
                CreditReport.Line credit = credits.get(new CreditReport.LevelMonth(level.id(), period));
                cells.add(level.covers(period) ? Cell.of(period, level.targetFor(period), byPeriod.get(period),
                        record.relieved().contains(period), credit) : Cell.outOfForce(period));
            }
            return new Row(level.id(), level.contract().id(), level.contract().reference(),
                    level.contract().terms().monthlyCharges().currencyCode(), level.name(), level.metric().metric(),
                    level.critical(), cells);
        }
    }

    /**
     * @param inForce whether the level applies in this month at all
     * @param credit  the credit earned in this month, or null (none, or not the caller's to see)
     */
    public record Cell(YearMonth period, boolean inForce, Long measurementId, BigDecimal value,
                       MeasurementStatus status, PeriodResult result, boolean relieved, BigDecimal expectedLevel,
                       BigDecimal minimumLevel, BigDecimal credit, CreditStatus creditStatus) implements Serializable {

        static Cell outOfForce(YearMonth period) {
            return new Cell(period, false, null, null, null, null, false, null, null, null, null);
        }

        /** A month the level applies to; its measurement and credit may be missing (null). */
        static Cell of(YearMonth period, Target target, Measurement m, boolean relieved, CreditReport.Line credit) {
            return new Cell(period, true, m == null ? null : m.id(), m == null ? null : m.value(),
                    m == null ? null : m.status(), m == null ? null : target.evaluate(m.value()), relieved,
                    target.expected(), target.minimum(), credit == null ? null : credit.amount(),
                    credit == null ? null : credit.status());
        }

        /** The cell's colour: its result, or "none" before a value arrives. */
        public String tone() {
            return result == null ? "none" : result.name().toLowerCase(Locale.ROOT);
        }

        /** A value not yet accepted (submitted or disputed): its result may still change. */
        public boolean provisional() {
            return status != null && !status.settled();
        }
    }
}

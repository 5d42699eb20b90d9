package io.tandem.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One service level's record: the values both parties settled on (accepted, or resolved after a
 * dispute) and the periods the client excused. Judged under a regime, it gives what the credit
 * calculation needs; the simulator judges the same record under two regimes.
 */
public record LevelPerformance(long serviceLevelId, ServiceLevelTerms terms, SortedMap<YearMonth, BigDecimal> values,
                               Set<YearMonth> relieved) {

    public LevelPerformance {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        relieved = Set.copyOf(relieved);
    }

    public LevelPeriods periods(BigDecimal improvementPercent) {
        SortedMap<YearMonth, PeriodOutcome> outcomes = new TreeMap<>();
        for (Map.Entry<YearMonth, BigDecimal> entry : values.entrySet()) {
            PeriodResult result = terms.evaluate(entry.getKey(), entry.getValue(), improvementPercent);
            outcomes.put(entry.getKey(), new PeriodOutcome(result, relieved.contains(entry.getKey())));
        }
        return new LevelPeriods(serviceLevelId, terms.name(), terms.critical(), terms.allocationPercent(), outcomes);
    }
}

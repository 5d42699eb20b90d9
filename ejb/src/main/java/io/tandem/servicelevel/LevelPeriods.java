package io.tandem.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One service level's accepted periods, as the credit calculation needs them. Only critical
 * levels carry credits; key levels are reported and earn none. Each credit the level earns carries
 * its id, and its name for people to read.
 */
public record LevelPeriods(long serviceLevelId, String serviceLevel, boolean critical, BigDecimal allocationPercent,
                           SortedMap<YearMonth, PeriodOutcome> outcomes) {

    public LevelPeriods {
        outcomes = Collections.unmodifiableSortedMap(new TreeMap<>(outcomes));
    }
}

package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A service level's targets over time: each applies from its first period until the next one
 * starts, so a mid-contract change never rewrites how earlier periods were judged.
 */
public final class TargetHistory {

    private final NavigableMap<YearMonth, Target> targets;

    private TargetHistory(NavigableMap<YearMonth, Target> targets) {
        this.targets = Collections.unmodifiableNavigableMap(targets);
    }

    public static TargetHistory startingWith(YearMonth from, Target target) {
        return new TargetHistory(new TreeMap<>(Map.of(from, target)));
    }

    /** A new history in which {@code target} applies from {@code from} on. */
    public TargetHistory changedFrom(YearMonth from, Target target) {
        if (from.isBefore(targets.firstKey())) {
            throw new DomainException("servicelevel.target.beforeStart");
        }
        TreeMap<YearMonth, Target> changed = new TreeMap<>(targets);
        changed.put(from, target);
        return new TargetHistory(changed);
    }

    public Target targetFor(YearMonth period) {
        return entryFor(period).getValue();
    }

    /** The first period of the target in force in {@code period}. */
    public YearMonth appliesFrom(YearMonth period) {
        return entryFor(period).getKey();
    }

    private Map.Entry<YearMonth, Target> entryFor(YearMonth period) {
        Map.Entry<YearMonth, Target> entry = targets.floorEntry(period);
        if (entry == null) {
            throw new DomainException("servicelevel.target.noneForPeriod", period.toString());
        }
        return entry;
    }
}

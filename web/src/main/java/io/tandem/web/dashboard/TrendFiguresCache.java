package io.tandem.web.dashboard;

import io.tandem.dashboard.LevelTrend;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The levels' trends as the dashboard draws them, made once for each set of trends and language.
 * Everyone who opens a workspace's dashboard is handed the same trends until the workspace changes
 * (the dashboard snapshots): formatting their 1,200 cells and twenty charts again for each view was
 * a tenth of the page's time under load, and each view kept its own copy in its session. The trends
 * are held weakly, so their figures go when no snapshot holds them any more, and found by identity:
 * hashing twenty levels of twelve months on every request, as a {@code WeakHashMap} does, was 2 % of
 * the page's samples under load. A snapshot made again hands out new trends, and so new figures.
 */
@ApplicationScoped
public class TrendFiguresCache {

    /**
     * Languages kept per set of trends. A page's language is whatever the browser asks for, so a
     * caller sending a new one with each request must not be able to fill the heap: past this
     * many, a language's figures are made for its view and not kept.
     */
    static final int LANGUAGES_KEPT = 8;

    private final Map<Trends, Map<Locale, List<TrendFigures>>> made = new ConcurrentHashMap<>();
    private final ReferenceQueue<List<LevelTrend>> dropped = new ReferenceQueue<>();

    /** The trends' figures in this language, made by {@code figures} the first time they are asked for. */
    public List<TrendFigures> of(List<LevelTrend> trends, Locale locale, Function<LevelTrend, TrendFigures> figures) {
        for (Reference<?> gone = dropped.poll(); gone != null; gone = dropped.poll()) {
            made.remove(gone);
        }
        Map<Locale, List<TrendFigures>> languages = made.computeIfAbsent(new Trends(trends, dropped),
                key -> new ConcurrentHashMap<>());
        if (languages.containsKey(locale) || languages.size() < LANGUAGES_KEPT) {
            return languages.computeIfAbsent(locale, key -> trends.stream().map(figures).toList());
        }
        return trends.stream().map(figures).toList();
    }

    /** A set of trends, weakly held and equal only to itself while it lives. */
    private static final class Trends extends WeakReference<List<LevelTrend>> {

        private final int hash;

        Trends(List<LevelTrend> trends, ReferenceQueue<List<LevelTrend>> dropped) {
            super(trends, dropped);
            hash = System.identityHashCode(trends);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            return other instanceof Trends trends && trends.get() != null && trends.get() == get();
        }
    }
}

package io.tandem.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tandem.dashboard.Attainment;
import io.tandem.dashboard.LevelTrend;
import io.tandem.servicelevel.Metric;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TrendFiguresCacheTest {

    private final TrendFiguresCache cache = new TrendFiguresCache();
    private final List<String> made = new ArrayList<>();

    @Test
    void theSameTrendsInTheSameLanguageAreFormattedOnceAndShared() {
        List<LevelTrend> trends = List.of(trend("Answered in 20 s"), trend("Abandoned"));

        List<TrendFigures> first = cache.of(trends, Locale.ENGLISH, figures("en"));
        List<TrendFigures> again = cache.of(trends, Locale.ENGLISH, figures("en"));

        assertSame(first, again);
        assertEquals(List.of("en Answered in 20 s", "en Abandoned"), made);
        assertEquals(List.of("en Answered in 20 s", "en Abandoned"), first.stream().map(TrendFigures::label).toList());
    }

    @Test
    void trendsAreFoundByIdentityNotByEquality() {
        List<LevelTrend> trends = List.of(trend("Answered in 20 s"));
        List<LevelTrend> equalCopy = new ArrayList<>(trends);

        List<TrendFigures> first = cache.of(trends, Locale.ENGLISH, figures("en"));
        List<TrendFigures> copy = cache.of(equalCopy, Locale.ENGLISH, figures("en"));

        assertEquals(trends, equalCopy);
        assertNotSame(first, copy, "an equal set of trends from another snapshot is formatted for itself");
        assertSame(first, cache.of(trends, Locale.ENGLISH, figures("en")));
        assertEquals(2, made.size());
    }

    @Test
    void eachLanguageAndEachChangeOfTheTrendsIsFormattedAgain() {
        List<LevelTrend> trends = List.of(trend("Answered in 20 s"));
        cache.of(trends, Locale.ENGLISH, figures("en"));

        List<TrendFigures> german = cache.of(trends, Locale.GERMAN, figures("de"));
        List<TrendFigures> changed = cache.of(List.of(trend("Answered in 30 s")), Locale.ENGLISH, figures("en"));

        assertEquals(List.of("de Answered in 20 s"), german.stream().map(TrendFigures::label).toList());
        assertEquals(List.of("en Answered in 30 s"), changed.stream().map(TrendFigures::label).toList());
        assertEquals(List.of("en Answered in 20 s", "de Answered in 20 s", "en Answered in 30 s"), made);
    }

    @Test
    void languagesPastTheLimitAreFormattedForEachViewAndNotKept() {
        List<LevelTrend> trends = List.of(trend("Answered in 20 s"));
        List<TrendFigures> english = cache.of(trends, Locale.ENGLISH, figures("en"));
        for (int i = 1; i < TrendFiguresCache.LANGUAGES_KEPT; i++) {
            cache.of(trends, Locale.forLanguageTag("en-x-l" + i), figures("l" + i));
        }

        List<TrendFigures> first = cache.of(trends, Locale.forLanguageTag("en-x-many"), figures("many"));
        List<TrendFigures> second = cache.of(trends, Locale.forLanguageTag("en-x-many"), figures("many"));

        assertNotSame(first, second);
        assertEquals(List.of("many Answered in 20 s"), second.stream().map(TrendFigures::label).toList());
        assertSame(english, cache.of(trends, Locale.ENGLISH, figures("en")), "the languages kept stay shared");
        assertEquals(TrendFiguresCache.LANGUAGES_KEPT + 2, made.size());
    }

    private Function<LevelTrend, TrendFigures> figures(String language) {
        return level -> {
            made.add(language + " " + level.name());
            return new TrendFigures(level, "{}", language + " " + level.name(), "<details></details>");
        };
    }

    private static LevelTrend trend(String name) {
        return new LevelTrend(1, "MSA-1", name, Metric.SERVICE_LEVEL, true,
                new Attainment(1, 1, 0, new BigDecimal("100")),
                List.of(new LevelTrend.Point(YearMonth.of(2026, 1), new BigDecimal("81.5"), new BigDecimal("80"),
                        new BigDecimal("75"), null, true, false)));
    }
}

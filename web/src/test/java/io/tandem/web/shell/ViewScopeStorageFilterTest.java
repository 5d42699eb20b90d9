package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The filter drops the bean entries of view maps Mojarra has dropped, and only those. */
class ViewScopeStorageFilterTest {

    @Test
    void theEntriesOfDroppedViewMapsGoAndTheOthersStay() {
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>(Map.of(
                "dropped-1", Map.of("dashboardView", "bean"), "dropped-2", Map.of(),
                "kept-1", Map.of("dashboardView", "bean"), "kept-2", Map.of("contractView", "bean")));
        Map<String, Object> viewMaps = new LinkedHashMap<>();
        viewMaps.put("kept-1", Map.of());
        viewMaps.put("kept-2", Map.of());
        viewMaps.put("without-beans", Map.of());

        ViewScopeStorageFilter.prune(contexts, viewMaps);

        assertEquals(Set.of("kept-1", "kept-2"), contexts.keySet());
        assertEquals(Map.of("dashboardView", "bean"), contexts.get("kept-1"));
        assertEquals(3, viewMaps.size(), "the view maps are only read");
    }

    @Test
    void aSessionWithoutMojarrasMapsIsLeftAlone() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("a", Map.of()));

        ViewScopeStorageFilter.prune(contexts, null);
        ViewScopeStorageFilter.prune(null, Map.of());
        ViewScopeStorageFilter.prune(contexts, "renamed");

        assertEquals(Set.of("a"), contexts.keySet());
    }
}

package io.tandem.web.dashboard;

import io.tandem.dashboard.LevelTrend;
import io.tandem.dashboard.Volume;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, as JSON built with JSON-P (so that no name
 * can break out of its string) and made safe for the script element PrimeFaces writes it into
 * ({@link #scriptSafe}). Each chart on a page has the same figures in a table beside it, its text
 * alternative, which is also what exports.
 */
final class ChartModels {

    /** The theme's colours, each at least 3:1 against white (WCAG 1.4.11, graphical objects). */
    private static final String VALUE = "#1f5f9e";
    private static final String EXPECTED = "#2e6b30";
    private static final String MINIMUM = "#b3261e";
    private static final String SECOND = "#6b4fa0";

    /** One factory: each {@code Json.create...} call looks the provider up on the class path again. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ChartModels() {
    }

    /**
     * A level's settled and provisional values as a line against its expected and minimum levels
     * (dashed), months without a value left as gaps.
     */
    static String trend(LevelTrend level, Function<LevelTrend.Point, String> label, List<String> names) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        JsonArrayBuilder expected = JSON.createArrayBuilder();
        JsonArrayBuilder minimum = JSON.createArrayBuilder();
        for (LevelTrend.Point point : level.points()) {
            labels.add(label.apply(point));
            add(values, point.value());
            add(expected, point.expectedLevel());
            add(minimum, point.minimumLevel());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(line(names.get(0), values, VALUE, false))
                .add(line(names.get(1), expected, EXPECTED, true))
                .add(line(names.get(2), minimum, MINIMUM, true));
        return chart("line", labels, datasets);
    }

    /** Contacts answered and abandoned per channel and queue, as stacked bars. */
    static String volumes(List<Volume> volumes, Function<Volume, String> label, List<String> names) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder answered = JSON.createArrayBuilder();
        JsonArrayBuilder abandoned = JSON.createArrayBuilder();
        for (Volume volume : volumes) {
            labels.add(label.apply(volume));
            answered.add(volume.answered());
            abandoned.add(volume.abandoned());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("label", names.get(0)).add("data", answered)
                        .add("backgroundColor", VALUE).add("stack", "contacts"))
                .add(JSON.createObjectBuilder().add("label", names.get(1)).add("data", abandoned)
                        .add("backgroundColor", SECOND).add("stack", "contacts"));
        return chart("bar", labels, datasets);
    }

    /**
     * The JSON with {@code <}, {@code >}, {@code &} and every character beyond ASCII written as
     * JSON's escape of a character by its code (a backslash, "u", four hexadecimal digits).
     * PrimeFaces writes a chart's configuration into the page's script element as it is, and JSON-P
     * escapes only quotes, backslashes and control characters: a queue named
     * {@code </script><script>...} in an imported file ended the element and ran its own script in
     * the dashboard of both parties. Outside its strings JSON holds none of these characters, and
     * inside them the escape means the same character.
     */
    static String scriptSafe(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c > '~') {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return scriptSafe(JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString());
    }

    private static JsonObjectBuilder line(String name, JsonArrayBuilder data, String colour, boolean dashed) {
        JsonObjectBuilder line = JSON.createObjectBuilder().add("label", name).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", false)
                .add("pointRadius", dashed ? 0 : 3).add("borderWidth", 2);
        if (dashed) {
            line.add("borderDash", JSON.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    private static void add(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}

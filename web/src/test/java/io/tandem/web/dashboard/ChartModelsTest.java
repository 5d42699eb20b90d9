package io.tandem.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.dashboard.Volume;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartModelsTest {

    private static final String HOSTILE = "</script><script>alert('x')</script> & <!--";

    @Test
    void aQueueNamedLikeMarkupStaysTextInTheScriptElement() {
        String json = ChartModels.volumes(List.of(new Volume("VOICE", HOSTILE, 10, 8, 2),
                        new Volume("CHAT", "Mär · Anfragen", 5, 5, 0)),
                volume -> volume.channel() + " · " + volume.queue(), List.of("Answered", "Abandoned"));

        assertTrue(json.chars().noneMatch(c -> c == '<' || c == '>' || c == '&' || c > '~'), json);
        assertTrue(json.contains("\\u003c/script\\u003e\\u003cscript\\u003e"), json);
        JsonObject read = Json.createReader(new StringReader(json)).readObject();
        assertEquals(List.of("VOICE · " + HOSTILE, "CHAT · Mär · Anfragen"), read.getJsonObject("data")
                .getJsonArray("labels").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                "the labels read back as they were");
        assertEquals(8, read.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data").getInt(0));
    }

    @Test
    void scriptSafeEscapesOnlyWhatCouldEndTheElementOrLeaveAscii() {
        assertEquals("{\"a\":\"\\u003cb\\u003e \\u0026 \\u00e4 \\u2028 \\ud83d\\ude00 ~\"}",
                ChartModels.scriptSafe("{\"a\":\"<b> & ä \u2028 \uD83D\uDE00 ~\"}"));
        assertEquals("{\"type\":\"line\",\"data\":[1,null,2.5]}",
                ChartModels.scriptSafe("{\"type\":\"line\",\"data\":[1,null,2.5]}"));
    }
}

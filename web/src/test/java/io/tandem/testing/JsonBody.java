package io.tandem.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Answers of the API read as JSON (with Parsson), rather than searched with patterns. */
public final class JsonBody {

    private JsonBody() {
    }

    public static JsonValue value(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    public static JsonObject object(String body) {
        return value(body).asJsonObject();
    }

    public static JsonArray array(String body) {
        return value(body).asJsonArray();
    }

    /** The "id" of the object answered, as created records come back. */
    public static long id(String body) {
        return number(body, "id");
    }

    /** A whole number of the object answered. */
    public static long number(String body, String field) {
        return object(body).getJsonNumber(field).longValueExact();
    }
}

package io.tandem.audit;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields an audit event changed, from the row before and after as the trigger stored them
 * (JSON, or null for a created or deleted row). A created row lists every field it was given
 * ("→ value"), a deleted row every field it had ("value →"), a changed row only the fields whose
 * value differs (a number stored with another scale, 5.0 and 5.00, is the same value).
 *
 * <p>Never listed: the row's own key and workspace (the event names them already), bookkeeping
 * and secrets (the trigger leaves the last out already; this is the second lock), and fields that
 * stay empty.
 */
public final class AuditChanges {

    /** Looked up once: each {@code Json.create...} call searches the class path for the provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Columns no trail shows, whatever table they belong to. */
    public static final Set<String> NEVER_SHOWN = Set.of("id", "workspace_id", "version", "password_hash",
            "token_hash", "last_used_at");

    /** Columns that hold a user id: a trail names the person rather than show the number. */
    public static final Set<String> PERSON_COLUMNS = Set.of("author_id", "user_account_id", "submitted_by",
            "reviewed_by", "requested_by", "decided_by", "uploaded_by");

    /**
     * One field's change. A value is a {@link BigDecimal}, a {@link Boolean} or a {@link String}
     * (dates and times as ISO text, as stored), or null for none.
     */
    public record FieldChange(String field, Object before, Object after) implements Serializable {
    }

    private AuditChanges() {
    }

    public static List<FieldChange> between(String beforeJson, String afterJson) {
        JsonObject before = read(beforeJson);
        JsonObject after = read(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (NEVER_SHOWN.contains(field)) {
                continue;
            }
            Object was = value(before.get(field));
            Object is = value(after.get(field));
            if (!same(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return List.copyOf(changes);
    }

    private static boolean same(Object was, Object is) {
        if (was instanceof BigDecimal a && is instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(was, is);
    }

    private static JsonObject read(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Object value(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case STRING -> ((JsonString) value).getString();
            default -> value.toString();
        };
    }
}

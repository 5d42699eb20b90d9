package io.tandem.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * Whole-number fields of a request body must receive whole numbers that fit them. Left to itself
 * JSON-B reads 0.001 into a {@code long} as 0 and 5000000000 into an {@code int} as 705032704,
 * silently; this finds such a value, by walking the JSON beside the record it is bound for, so the
 * call is refused naming the field instead.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    /** The first field whose number does not fit its whole-number type, with the range it allows. */
    static Optional<String> misfit(JsonValue json, Type type) {
        if (type instanceof ParameterizedType parameterized && json instanceof JsonArray array
                && parameterized.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            for (JsonValue element : array) {
                Optional<String> misfit = misfit(element, parameterized.getActualTypeArguments()[0]);
                if (misfit.isPresent()) {
                    return misfit;
                }
            }
            return Optional.empty();
        }
        if (!(type instanceof Class<?> raw) || !raw.isRecord() || !(json instanceof JsonObject object)) {
            return Optional.empty();
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            JsonValue value = object.get(component.getName());
            Optional<String> misfit = value instanceof JsonNumber number
                    ? misfit(component.getName(), number.bigDecimalValue(), component.getType())
                    : value == null ? Optional.empty() : misfit(value, component.getGenericType());
            if (misfit.isPresent()) {
                return misfit;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> misfit(String field, BigDecimal number, Class<?> type) {
        long min;
        long max;
        if (type == long.class || type == Long.class) {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        } else if (type == int.class || type == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else {
            return Optional.empty();
        }
        boolean fits = number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0
                && (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0);
        return fits ? Optional.empty()
                : Optional.of("The field " + field + " takes a whole number from " + min + " to " + max + ".");
    }
}

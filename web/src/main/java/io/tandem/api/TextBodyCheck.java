package io.tandem.api;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * JSON and CSV bodies are read whole, so they are bounded before they are read, and refused when
 * they carry a NUL character, which no text column can hold: a clear 4xx instead of a database
 * error. JSON is also checked for what would hang or burn the JSON reader (brackets left open,
 * exponents no field holds, fractions or overflows for whole-number fields, see {@link WholeNumbers})
 * before it gets the body. Binary uploads (documents) have limits of their own and pass untouched,
 * and so does a body a resource takes as a stream (an interaction file, which may be far larger than
 * the memory): that resource reads it as it goes, with bounds of its own.
 */
@Provider
public class TextBodyCheck implements ReaderInterceptor {

    /** Far above any JSON call's needs; a CSV of measurements stays well below it. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /**
     * Converting 1e1000000 to a whole number costs the JSON reader minutes of a core; no field
     * holds anything near 10^100 or 10^-100.
     */
    static final int MAX_EXPONENT = 100;
    /** No Tandem call nests deeper than a few levels. */
    static final int MAX_DEPTH = 32;
    private static final String NUL = "Text may not contain the NUL character (\\u0000).";
    private static final String UNBALANCED = "The body is not JSON: an object or array is left open, closed by "
            + "the wrong bracket, or nested deeper than " + MAX_DEPTH + " levels.";
    private static final String EXTREME_EXPONENT = "Numbers with an exponent beyond " + MAX_EXPONENT
            + " are refused: no field holds them.";
    private static final byte[] JSON_NUL = "\\u0000".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && type.getSubtype().toLowerCase().endsWith("json");
        boolean csv = type != null && type.isCompatible(MediaType.valueOf("text/csv"));
        if (!json && !csv || context.getType() == InputStream.class) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw refusal(413, "body-too-large", "The body is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB; send less at a time.");
        }
        if (containsNul(body)) {
            throw refusal(400, "invalid-request", NUL);
        }
        String shape = json ? shapeProblem(body) : null;
        if (shape != null) {
            throw refusal(400, "invalid-request", shape);
        }
        if (json) {
            Optional<String> misfit = wholeNumberMisfit(body, context.getGenericType());
            if (misfit.isPresent()) {
                throw refusal(400, "invalid-request", misfit.get());
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Bounded, well nested and free of extreme exponents by now, the body is safe to read as a tree. */
    private static Optional<String> wholeNumberMisfit(byte[] body, Type type) {
        try (JsonReader reader = Problems.JSON.createReader(new ByteArrayInputStream(body))) {
            return WholeNumbers.misfit(reader.readValue(), type);
        } catch (JsonException e) {
            // Not JSON at all: the JSON-B reader says so in its own words.
            return Optional.empty();
        }
    }

    private static WebApplicationException refusal(int status, String type, String detail) {
        return new WebApplicationException(Problems.response(type, status, detail));
    }

    /**
     * What in a JSON body would hang or burn the JSON reader, or reach a text column it cannot
     * hold, found in one pass outside and inside strings; null when nothing. Brackets: every object
     * and array closes with its own bracket within the depth bound (skipping an unknown field whose
     * array never closes, Parsson 1.1.5 loops forever at the end of the body). Exponents: none
     * beyond the bound, either way. Escapes: no NUL.
     */
    static String shapeProblem(byte[] body) {
        byte[] open = new byte[MAX_DEPTH];
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    if (startsWith(body, i, JSON_NUL)) {
                        return NUL;
                    }
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (depth == MAX_DEPTH) {
                    return UNBALANCED;
                }
                open[depth++] = b;
            } else if (b == '}' || b == ']') {
                if (depth == 0 || open[--depth] != (b == '}' ? '{' : '[')) {
                    return UNBALANCED;
                }
            } else if (b == 'e' || b == 'E') {
                int end = exponentEnd(body, i + 1);
                if (end < 0) {
                    return EXTREME_EXPONENT;
                }
                i = end - 1;
            }
        }
        return depth == 0 && !inString ? null : UNBALANCED;
    }

    /** Where the exponent starting at {@code from} ends, or -1 when it lies beyond the bound. */
    private static int exponentEnd(byte[] body, int from) {
        int j = from;
        if (j < body.length && (body[j] == '+' || body[j] == '-')) {
            j++;
        }
        while (j < body.length && body[j] == '0') {
            j++;
        }
        long exponent = 0;
        while (j < body.length && body[j] >= '0' && body[j] <= '9') {
            exponent = exponent * 10 + body[j] - '0';
            if (exponent > MAX_EXPONENT) {
                return -1;
            }
            j++;
        }
        return j;
    }

    private static boolean containsNul(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] body, int from, byte[] prefix) {
        if (from + prefix.length > body.length) {
            return false;
        }
        for (int j = 0; j < prefix.length; j++) {
            if (body[from + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }
}

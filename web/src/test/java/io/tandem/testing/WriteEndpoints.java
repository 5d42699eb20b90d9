package io.tandem.testing;

import io.tandem.api.Requires;
import io.tandem.tenancy.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every state-changing endpoint of {@code /api/v1}, found by reflection over the resource classes
 * as Maven compiled them, so a new endpoint joins the tests that use this without editing them.
 * Each comes with a request a client could send: ids of records that do not exist (unless the test
 * names real ones) and a body of the right shape whose values no rule accepts as a change (blank
 * text, empty lists; figures of 100, which every percentage and regime figure admits), so that
 * trying it as an allowed role gets past the permission check and still changes nothing.
 */
public final class WriteEndpoints {

    private static final java.nio.file.Path API_CLASSES = java.nio.file.Path.of("target/classes/io/tandem/api");

    private WriteEndpoints() {
    }

    /** One route: method, path template, the body it reads and the permissions it declares. */
    public record Endpoint(String method, String template, String consumes, Type bodyType, List<String> queryParams,
                           Permission[] requires) {

        public String path(Map<String, Long> ids) {
            String path = template;
            for (String name : placeholders()) {
                path = path.replace("{" + name + "}", String.valueOf(ids.getOrDefault(name, 0L)));
            }
            String query = queryParams.stream().map(q -> q + "=0").collect(Collectors.joining("&"));
            return "api/v1/" + path + (query.isEmpty() ? "" : "?" + query);
        }

        public List<String> placeholders() {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        public boolean json() {
            return consumes.contains("json");
        }

        /** Every leaf field of a JSON body, with its Java type: records nested in records or lists included. */
        public List<Field> fields() {
            List<Field> fields = new ArrayList<>();
            collect(bodyType, List.of(), fields);
            return fields;
        }

        /** The sample body with one field replaced (a {@link Json.Raw} is written as is). */
        public String bodyWith(Field field, Object value) {
            return Json.write(replaced(sample(bodyType), field.path(), 0, value));
        }

        public String sampleBody() {
            if (json()) {
                return Json.write(sample(bodyType));
            }
            if (consumes.equals("text/csv")) {
                return "service_level,period,value\n";
            }
            return "%PDF-1.4\n";
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            Consumes classConsumes = resource.getAnnotation(Consumes.class);
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class)
                        ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : classConsumes;
                Type body = null;
                List<String> query = new ArrayList<>();
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(QueryParam.class)) {
                        query.add(parameter.getAnnotation(QueryParam.class).value());
                    } else if (!parameter.isAnnotationPresent(PathParam.class)
                            && !parameter.isAnnotationPresent(Context.class)
                            && !parameter.isAnnotationPresent(HeaderParam.class)) {
                        body = parameter.getParameterizedType();
                    }
                }
                Requires requires = method.getAnnotation(Requires.class);
                endpoints.add(new Endpoint(verb, base + (sub == null ? "" : "/" + sub.value()),
                        consumes == null ? "application/json" : consumes.value()[0], body, query,
                        requires == null ? new Permission[0] : requires.value()));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static List<Class<?>> resourceClasses() {
        try (Stream<java.nio.file.Path> files = Files.walk(API_CLASSES)) {
            return files.map(API_CLASSES.getParent().getParent().getParent()::relativize)
                    .map(java.nio.file.Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(WriteEndpoints::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A leaf of a JSON body: the keys (and list indices) leading to it, and the Java type it binds to. */
    public record Field(List<Object> path, Class<?> type) {

        @Override
        public String toString() {
            return path.stream().map(Object::toString).collect(Collectors.joining("."));
        }
    }

    private static void collect(Type type, List<Object> path, List<Field> fields) {
        if (type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            if (element instanceof Class<?> record && record.isRecord()) {
                collect(record, append(path, 0), fields);
            }
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw != null && raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                collect(component.getGenericType(), append(path, component.getName()), fields);
            }
        } else if (raw != null && raw != InputStream.class && !path.isEmpty()) {
            fields.add(new Field(path, raw));
        }
    }

    private static List<Object> append(List<Object> path, Object key) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(key);
        return List.copyOf(longer);
    }

    @SuppressWarnings("unchecked")
    private static Object replaced(Object sample, List<Object> path, int depth, Object value) {
        if (depth == path.size()) {
            return value;
        }
        Object key = path.get(depth);
        if (sample instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put((String) key, replaced(copy.get(key), path, depth + 1, value));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) sample);
        copy.set((Integer) key, replaced(copy.get((Integer) key), path, depth + 1, value));
        return copy;
    }

    /** A harmless value of the type, as JSON-ready Java objects (Map, List, String, Number, Boolean). */
    static Object sample(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            return element instanceof Class<?> record && record.isRecord() ? List.of(sample(record)) : List.of();
        }
        Class<?> raw = (Class<?>) type;
        if (raw == null || raw == InputStream.class) {
            return null;
        }
        if (raw.isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), sample(component.getGenericType()));
            }
            return fields;
        }
        if (raw == String.class) {
            return " ";
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("100");
        }
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            return 0;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == LocalDate.class) {
            return "2026-01-01";
        }
        if (raw == YearMonth.class) {
            return "2026-01";
        }
        if (raw.isEnum()) {
            return ((Enum<?>) raw.getEnumConstants()[0]).name();
        }
        return List.of();
    }

    /** Just enough JSON writing for samples and hostile values (raw numbers are written unquoted). */
    public static final class Json {

        private Json() {
        }

        /** A number literal written as is, e.g. 1e1000000, which no Java number type prints. */
        public record Raw(String literal) {
        }

        public static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof Raw raw) {
                return raw.literal();
            }
            if (value instanceof String text) {
                StringBuilder out = new StringBuilder("\"");
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
                return out.append('"').toString();
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream().map(e -> write(e.getKey().toString()) + ":" + write(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            }
            if (value instanceof List<?> list) {
                return list.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
            }
            return value.toString();
        }
    }
}

package io.tandem.api;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem details. Each kind of error has a stable {@code type}; the detail is for
 * people and never carries a stack trace, SQL or anything about records the caller may not see.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:tandem:problem:";

    /** Looked up once: each {@code Json.create...} call searches the class path for the provider again. */
    static final JsonProvider JSON = JsonProvider.provider();

    private Problems() {
    }

    public static String json(String type, int status, String detail) {
        return problem(type, status, detail).build().toString();
    }

    public static Response response(String type, int status, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(json(type, status, detail)).build();
    }

    /** A problem with an {@code errors} member: one object per rejected item, e.g. each bad line of a file. */
    public static Response response(String type, int status, String detail, JsonArray errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(problem(type, status, detail).add("errors", errors).build().toString()).build();
    }

    private static JsonObjectBuilder problem(String type, int status, String detail) {
        return JSON.createObjectBuilder()
                .add("type", TYPE_PREFIX + type)
                .add("title", Response.Status.fromStatusCode(status) == null ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("detail", detail);
    }
}

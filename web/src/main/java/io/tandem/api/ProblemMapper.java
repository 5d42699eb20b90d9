package io.tandem.api;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.platform.bulk.RejectedLinesException;
import io.tandem.web.shell.MessageText;
import jakarta.ejb.EJBException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns every failure of the API into a problem response in the caller's language. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String BUNDLE = "io.tandem.web.messages";
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,60})'");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof NotFoundException e) {
            return Problems.response("not-found", 404, text(e));
        }
        if (cause instanceof ForbiddenException e) {
            return Problems.response("forbidden", 403, text(e));
        }
        if (cause instanceof RejectedLinesException e) {
            JsonArrayBuilder errors = Problems.JSON.createArrayBuilder();
            e.errors().forEach(error -> errors.add(Problems.JSON.createObjectBuilder().add("line", error.lineNumber())
                    .add("detail", message(error.messageKey(), error.arguments().toArray()))
                    .add("type", Problems.TYPE_PREFIX + error.messageKey())));
            return Problems.response(e.messageKey(), 422, text(e), errors.build());
        }
        if (cause instanceof DomainException e) {
            return Problems.response(e.messageKey(), 422, text(e));
        }
        if (cause instanceof OptimisticLockException) {
            return Problems.response("conflict", 409, message("common.conflict"));
        }
        String unreadable = unreadableBody(failure);
        if (unreadable != null) {
            return Problems.response("invalid-request", 400, unreadable);
        }
        if (cause instanceof ConstraintViolationException e) {
            return Problems.response("invalid-request", 400, e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse(message("common.invalidRequest")));
        }
        if (cause instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return Problems.response(status == 404 ? "not-found" : "http-" + status, status,
                    status == 404 ? message("common.notFound") : e.getResponse().getStatusInfo().getReasonPhrase());
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", failure);
        return Problems.response("internal-error", 500, message("common.internalError"));
    }

    /**
     * A body that JSON-B could not read (not JSON, cut short, a value of the wrong type, a number
     * too large for its field, an impossible date, an unknown name): a 400 naming the field where
     * the reader said which, quoting nothing of the input.
     */
    private String unreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException
                    || cause instanceof jakarta.ws.rs.ProcessingException) {
                String field = fieldNamedIn(failure);
                return field == null ? message("common.body.unreadable") : message("common.body.field", field);
            }
        }
        return null;
    }

    /** The innermost property name JSON-B's messages mention, e.g. "Unable to deserialize property 'value'". */
    private static String fieldNamedIn(Throwable failure) {
        String field = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            while (property.find()) {
                field = property.group(1);
            }
        }
        return field;
    }

    private static Throwable unwrap(Throwable failure) {
        // A rule refused while JSON-B built a record still speaks for itself.
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof DomainException) {
                return c;
            }
        }
        Throwable cause = failure;
        while ((cause instanceof EJBException || cause instanceof jakarta.transaction.RollbackException
                || cause instanceof jakarta.persistence.PersistenceException && cause.getCause() != null
                        && !(cause instanceof OptimisticLockException))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private String text(DomainException e) {
        return message(e.messageKey(), e.arguments().toArray());
    }

    private String message(String key, Object... arguments) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        try {
            return MessageText.format(bundle, key, arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

package io.tandem.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures (a {@code null} body, a missing field) as problem responses. The
 * JAX-RS runtime brings a mapper of its own for this type, which answers without a body, so the
 * server's HTML error page showed instead; a mapper for the exact type takes precedence over it.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        ProblemMapper problems = new ProblemMapper();
        problems.headers = headers;
        return problems.toResponse(failure);
    }
}

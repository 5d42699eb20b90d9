package io.tandem.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A state-changing API call that rides on the browser's session cookie must also carry the
 * header {@value #HEADER}: a page on another site can make the browser send the cookie, but
 * cannot add a custom header without a CORS preflight, which Tandem never grants. Calls with an
 * API token carry no ambient credentials and need no such header.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Requested-By";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean tokenCall = request.getHeaderString("Authorization") != null;
        if (!tokenCall && !SAFE_METHODS.contains(request.getMethod()) && request.getHeaderString(HEADER) == null) {
            request.abortWith(Problems.response("csrf", 403,
                    "Send the header " + HEADER + " with state-changing calls made with a session cookie."));
        }
    }
}

package io.tandem.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A state-changing API call that rides on the browser's session cookie must also carry the
 * header {@value #HEADER}: a page on another site can make the browser send the cookie, but
 * cannot add a custom header without a CORS preflight, which Tandem never grants. Calls that a
 * valid API token authenticated carry no ambient credentials and need no such header; the
 * authentication mechanism marks them with the request attribute {@value #TOKEN_AUTHENTICATED}.
 * Merely sending an {@code Authorization} header proves nothing (and the mechanism refuses one
 * it cannot verify before the call gets here).
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Requested-By";
    /** Request attribute set only by the authentication mechanism, when a valid API token signed the call in. */
    public static final String TOKEN_AUTHENTICATED = "io.tandem.tokenAuthenticated";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean tokenCall = Boolean.TRUE.equals(request.getProperty(TOKEN_AUTHENTICATED));
        if (!tokenCall && !SAFE_METHODS.contains(request.getMethod()) && request.getHeaderString(HEADER) == null) {
            request.abortWith(Problems.response("csrf", 403,
                    "Send the header " + HEADER + " with state-changing calls made with a session cookie."));
        }
    }
}

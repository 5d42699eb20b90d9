package io.tandem.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, set in one place for the two ways a response is made:
 * {@link TandemAuthenticationMechanism} runs before any servlet filter and completes some
 * responses itself (401, the redirect to the login page), and {@link SecurityHeadersFilter}
 * covers everything that reaches the application, error pages included.
 * <p>
 * The content security policy allows inline script and eval because PrimeFaces' widgets and AJAX
 * updates need them; everything must still come from Tandem itself, and no other site may frame
 * it. Payara's HTTP listener adds {@code X-Frame-Options: SAMEORIGIN} to any response that has no
 * such header when it goes out; setting DENY here first leaves exactly one.
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    private SecurityHeaders() {
    }

    /**
     * Sets the security headers, and {@code Cache-Control: no-store} on everything but the static
     * stylesheets, scripts and images: pages and API answers may hold a tenant's data, and the
     * login page a view state, none of which a shared cache or the browser's history should keep.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + STATIC_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}

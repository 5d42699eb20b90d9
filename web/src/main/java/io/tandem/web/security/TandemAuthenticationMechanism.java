package io.tandem.web.security;

import io.tandem.api.CsrfFilter;
import io.tandem.api.Problems;
import io.tandem.workspace.AccountService;
import io.tandem.workspace.ProfileService;
import io.tandem.workspace.SignInOutcome;
import io.tandem.workspace.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The one way in. A programmatic sign-in from the login page (see {@code LoginView}); a
 * personal API token as {@code Authorization: Bearer ...}; or the signed-in session, whose
 * account is checked again on every request so that deactivation takes effect at once.
 * A request that sends an {@code Authorization} header is judged by that header alone, never by
 * the session cookie beside it: a valid token signs it in (and marks it for {@link CsrfFilter}),
 * anything else answers 401. Anonymous requests for protected pages go to the login page, which
 * names the page to continue to in its address; for the API they get a 401 problem response.
 * No anonymous request creates a session: one is made on signing in.
 * <p>
 * This runs before any servlet filter, so it sets the security headers itself
 * ({@link SecurityHeaders}) for the responses it completes.
 */
@ApplicationScoped
public class TandemAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: how the last sign-in attempt ended, for the login page's message. */
    public static final String SIGN_IN_RESULT = "io.tandem.signInResult";
    private static final String SESSION_CALLER = "io.tandem.caller";
    private static final String BEARER = "Bearer ";

    @Inject
    SignInService signIn;

    @Inject
    ProfileService tokens;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(credential, request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? bearer(authorization.substring(BEARER.length()).strip(), request, response, context)
                    : unauthorized(response, "invalid-token", "Tandem accepts only personal API tokens, sent as "
                            + "Authorization: Bearer.");
        }
        // Stylesheets, scripts and images are public and need no caller: no account lookup for each.
        if (request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String email) {
            Optional<Set<String>> groups = accounts.signedInGroups(email);
            if (groups.isPresent()) {
                return context.notifyContainerAboutLogin(email, groups.get());
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return unauthorized(response, "unauthenticated",
                    "Sign in, or send a personal API token as Authorization: Bearer.");
        }
        return context.redirect(request.getContextPath() + "/login.xhtml" + continueTo(request));
    }

    /**
     * The page asked for, as the login page's query, for pages only: a browser's own fetches
     * (favicon, images) are not where the visitor meant to go. It goes in the address, not in a
     * session: an anonymous request must not cost the server memory until the session times out.
     */
    private static String continueTo(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (!"GET".equals(request.getMethod()) || accept == null || !accept.contains("text/html")) {
            return "";
        }
        String query = request.getQueryString();
        String page = request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
        return SignInRequest.localPath(page)
                .map(path -> "?" + SignInRequest.CONTINUE + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                .orElse("");
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        return tokens.authenticate(token)
                .map(account -> {
                    request.setAttribute(CsrfFilter.TOKEN_AUTHENTICATED, Boolean.TRUE);
                    return context.notifyContainerAboutLogin(account.email(), account.groups());
                })
                .orElseGet(() -> unauthorized(response, "invalid-token",
                        "The API token is not valid or has been revoked."));
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpServletResponse response, HttpMessageContext context) {
        SignInOutcome outcome = signIn.signIn(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(SIGN_IN_RESULT, outcome.result());
        if (!outcome.signedIn()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_CALLER, outcome.email());
        SessionCookie.harden(request, response);
        return context.notifyContainerAboutLogin(outcome.email(), outcome.groups());
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String type, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problems.json(type, 401, detail));
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

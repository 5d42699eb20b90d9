package io.tandem.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@link SecurityHeaders} on every response that reaches the application, the error pages
 * included (a page that answers 403 or 404 may reset the response before the error page renders);
 * and the session cookie of every session the application creates goes out hardened (see
 * {@link SessionCookie}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(new SessionCreation(request, response), response);
    }

    /** Hardens the cookie right after the container wrote it for a new or renewed session. */
    private static final class SessionCreation extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        SessionCreation(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (!create) {
                return super.getSession(false);
            }
            boolean existed = super.getSession(false) != null;
            HttpSession session = super.getSession(true);
            if (!existed) {
                SessionCookie.harden((HttpServletRequest) getRequest(), response);
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            SessionCookie.harden((HttpServletRequest) getRequest(), response);
            return id;
        }
    }
}

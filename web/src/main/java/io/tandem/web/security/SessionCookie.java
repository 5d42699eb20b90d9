package io.tandem.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The session cookie goes out {@code HttpOnly}, {@code SameSite=Lax}, and {@code Secure} whenever
 * the request came over HTTPS (see {@link TransportSecurity}). The container writes the cookie
 * itself the moment a session is created or its id changed, flagging it Secure only for a request
 * that reached it over TLS directly and ignoring web.xml's cookie attributes; so whoever creates
 * or renews a session calls {@link #harden} straight after, while the response is still open:
 * {@link TandemAuthenticationMechanism} on signing in, {@link SecurityHeadersFilter} for every
 * session the application creates.
 */
final class SessionCookie {

    private static final String DEFAULT_NAME = "JSESSIONID";

    private SessionCookie() {
    }

    static void harden(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String prefix = (name == null ? DEFAULT_NAME : name) + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().noneMatch(cookie -> cookie.startsWith(prefix))) {
            return;
        }
        boolean secure = TransportSecurity.configured().isHttps(request);
        List<String> hardened = cookies.stream()
                .map(cookie -> cookie.startsWith(prefix) ? harden(cookie, secure) : cookie)
                .toList();
        response.setHeader("Set-Cookie", hardened.get(0));
        hardened.subList(1, hardened.size()).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
    }

    /** One Set-Cookie value with the attributes this cookie must have; its other attributes stay. */
    static String harden(String cookie, boolean secure) {
        List<String> parts = new ArrayList<>();
        String[] split = cookie.split(";");
        parts.add(split[0].strip());
        for (int i = 1; i < split.length; i++) {
            String attribute = split[i].strip();
            String attributeName = attribute.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!attribute.isEmpty() && !List.of("httponly", "samesite", "secure").contains(attributeName)) {
                parts.add(attribute);
            }
        }
        parts.add("HttpOnly");
        parts.add("SameSite=Lax");
        if (secure) {
            parts.add("Secure");
        }
        return String.join("; ", parts);
    }
}

package io.tandem.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {

    @Test
    void aRequestOverTlsIsHttpsWhateverTheSetting() {
        assertTrue(new TransportSecurity(false).isHttps(request(true, null)));
        assertTrue(new TransportSecurity(true).isHttps(request(true, null)));
    }

    @Test
    void theForwardedProtocolCountsOnlyWhenTheOperatorTrustsIt() {
        assertFalse(new TransportSecurity(false).isHttps(request(false, "https")));
        assertTrue(new TransportSecurity(true).isHttps(request(false, "https")));
        assertTrue(new TransportSecurity(true).isHttps(request(false, "HTTPS, http")));
        assertFalse(new TransportSecurity(true).isHttps(request(false, "http, https")));
        assertFalse(new TransportSecurity(true).isHttps(request(false, null)));
    }

    @Test
    void theSessionCookieGetsHttpOnlyLaxAndSecureWhereAsked() {
        assertEquals("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax",
                SessionCookie.harden("JSESSIONID=abc; Path=/; HttpOnly", false));
        assertEquals("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure",
                SessionCookie.harden("JSESSIONID=abc;Path=/;SameSite=None", true));
    }

    private static HttpServletRequest request(boolean secure, String forwardedProto) {
        return (HttpServletRequest) Proxy.newProxyInstance(TransportSecurityTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getHeader" -> "X-Forwarded-Proto".equalsIgnoreCase((String) args[0]) ? forwardedProto : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

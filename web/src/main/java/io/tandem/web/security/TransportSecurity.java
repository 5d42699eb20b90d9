package io.tandem.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request reached Tandem over HTTPS: directly, or, when Tandem runs behind a load
 * balancer that ends TLS and the operator has said to trust it
 * ({@value #TRUST_FORWARDED_PROTO}{@code =true}), as that load balancer reports in
 * {@code X-Forwarded-Proto}. The header is ignored otherwise: any client can send it.
 */
public final class TransportSecurity {

    /** The environment variable that makes Tandem trust {@code X-Forwarded-Proto}; default false. */
    public static final String TRUST_FORWARDED_PROTO = "TANDEM_TRUST_FORWARDED_PROTO";

    private static final TransportSecurity CONFIGURED =
            new TransportSecurity(Boolean.parseBoolean(System.getenv(TRUST_FORWARDED_PROTO)));

    private final boolean trustForwardedProto;

    TransportSecurity(boolean trustForwardedProto) {
        this.trustForwardedProto = trustForwardedProto;
    }

    /** As configured by the environment. */
    public static TransportSecurity configured() {
        return CONFIGURED;
    }

    public boolean isHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        if (!trustForwardedProto) {
            return false;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        if (forwarded == null) {
            return false;
        }
        // A chain of proxies may list several; the first is what the client used.
        int comma = forwarded.indexOf(',');
        return (comma < 0 ? forwarded : forwarded.substring(0, comma)).strip().equalsIgnoreCase("https");
    }
}

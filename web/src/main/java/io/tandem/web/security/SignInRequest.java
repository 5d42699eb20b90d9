package io.tandem.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the stateless sign-in page trusts from a request. The page an anonymous visitor asked for
 * travels in the login page's address ({@code ?continue=/path}) rather than in a session, so that
 * no anonymous request costs the server memory; it is followed only as a path inside the
 * application. And a sign-in must come from Tandem's own page: the login form has no view state
 * to tie it to a session, so a form on another site could otherwise sign a visitor's browser in
 * to an account of the attacker's choosing (login CSRF). Browsers say where a form was sent from
 * ({@code Sec-Fetch-Site}, or else {@code Origin}); a client that says neither is not a browser
 * carrying someone else's ambient credentials and may sign in.
 */
final class SignInRequest {

    /** Query parameter of the login page: the page to open after signing in. */
    static final String CONTINUE = "continue";
    private static final int LONGEST_PATH = 2_000;

    private SignInRequest() {
    }

    /**
     * The path, if it names a place inside the application: starts with one slash, and holds no
     * second leading slash or backslash (a protocol-relative address), no control character.
     */
    static Optional<String> localPath(String path) {
        if (path == null || path.isEmpty() || path.length() > LONGEST_PATH || path.charAt(0) != '/') {
            return Optional.empty();
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /**
     * Whether a sign-in form was sent from this application's own page, judged from the fetch
     * metadata a browser adds ({@code secFetchSite}) or, from older browsers, the {@code origin}
     * against the {@code host} the request was sent to.
     */
    static boolean sameOrigin(String secFetchSite, String origin, String host) {
        if (secFetchSite != null) {
            String site = secFetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        if (origin == null) {
            return true;
        }
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            String authority = uri.getRawAuthority();
            return authority != null && uri.getScheme() != null && authority.equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

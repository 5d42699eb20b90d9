package io.tandem.web.security;

import java.util.Map;

/** How passwords are hashed: PBKDF2 with HMAC-SHA512 at the iteration count OWASP advises for it. */
final class PasswordPolicy {

    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private PasswordPolicy() {
    }
}

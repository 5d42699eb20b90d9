package io.tandem.workspace;

import io.tandem.platform.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing (PBKDF2 with HMAC-SHA512 at the iteration count OWASP advises for it) and the
 * password rules.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash hash;

    private String unknownAccountHash;

    @PostConstruct
    void init() {
        hash.initialize(HASH_PARAMETERS);
        unknownAccountHash = hash.generate("no account has this password".toCharArray());
    }

    /** Checks the rules, then hashes. */
    public String hashNew(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new DomainException("workspace.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(email)) {
            throw new DomainException("workspace.password.isEmail");
        }
        return hash.generate(password.toCharArray());
    }

    /** Verifies against the stored hash; with no stored hash, spends the same work and fails. */
    public boolean matches(String password, String storedHash) {
        char[] candidate = password == null ? new char[0] : password.toCharArray();
        boolean matches = hash.verify(candidate, storedHash == null ? unknownAccountHash : storedHash);
        return storedHash != null && matches;
    }
}

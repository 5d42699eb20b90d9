package io.tandem.workspace;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A personal API token: acts for its user with exactly the user's rights. Only a SHA-256 digest
 * is stored (the secret is 256 random bits, so a slow hash adds nothing); the secret itself is
 * shown once, when created.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

    static final String PREFIX = "tnd_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id")
    private UserAccount user;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    private ApiToken(UserAccount user, String name, String tokenHash) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A new token and its secret, which exists only in the returned value. */
    public static Issued issue(UserAccount user, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new DomainException("workspace.token.name.invalid", NAME_MAX_LENGTH);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(user, trimmed, digest(token)), token);
    }

    public record Issued(ApiToken token, String secret) {
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public String name() {
        return name;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime lastUsedAt() {
        return lastUsedAt;
    }
}

package io.tandem.tenancy;


import io.tandem.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person who signs in. Belongs to exactly one organisation, except the platform
 * administrator, who belongs to none and sees no business data.
 */
@Entity
@Table(name = "user_accounts")
public class UserAccount {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int EMAIL_MAX_LENGTH = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_role", length = 30)
    private OrganisationRole organisationRole;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(Organisation organisation, String email, String displayName, String passwordHash,
                        boolean platformAdmin) {
        this.organisation = organisation;
        this.email = normaliseEmail(email);
        this.displayName = Names.required(displayName, "workspace.user.displayName.required");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.platformAdmin = platformAdmin;
        this.active = true;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A member of a tenant organisation. */
    public static UserAccount member(Organisation organisation, String email, String displayName,
                                     String passwordHash) {
        return new UserAccount(Objects.requireNonNull(organisation, "organisation"), email, displayName,
                passwordHash, false);
    }

    /** A platform administrator: creates tenants, belongs to none. */
    public static UserAccount platformAdministrator(String email, String displayName, String passwordHash) {
        return new UserAccount(null, email, displayName, passwordHash, true);
    }

    /** E-mail addresses are the sign-in name and compare case-insensitively. */
    public static String normaliseEmail(String email) {
        String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (trimmed.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new DomainException("workspace.user.email.invalid");
        }
        return trimmed;
    }

    public void grantOrganisationRole(OrganisationRole role) {
        if (platformAdmin) {
            throw new DomainException("workspace.user.organisationRole.platformAdmin");
        }
        if (role == OrganisationRole.PORTFOLIO_VIEWER && organisation.kind() != OrganisationKind.CLIENT) {
            throw new DomainException("workspace.user.organisationRole.portfolioClientOnly");
        }
        this.organisationRole = role;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
        this.passwordChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void deactivate() {
        this.active = false;
    }

    /** Undoes a deactivation: the account signs in again with the password it had. */
    public void reactivate() {
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public OrganisationRole organisationRole() {
        return organisationRole;
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    public boolean active() {
        return active;
    }
}

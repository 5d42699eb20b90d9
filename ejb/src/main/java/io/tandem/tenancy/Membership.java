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

/** Gives one user one role in one workspace. */
@Entity
@Table(name = "memberships")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id")
    private UserAccount user;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Membership() {
    }

    /**
     * Client and provider roles go only to staff of that side's organisation in this workspace;
     * the external reviewer role only to staff of a reviewer organisation.
     */
    public Membership(UserAccount user, Workspace workspace, Role role) {
        if (user.platformAdmin()) {
            throw new DomainException("workspace.membership.platformAdmin");
        }
        Organisation userOrganisation = user.organisation();
        if (userOrganisation.kind() != role.heldBy()) {
            throw new DomainException("workspace.membership.roleNotForOrganisation");
        }
        Organisation side = workspace.organisationOf(role.party());
        if (side != null && !side.sameAs(userOrganisation)) {
            throw new DomainException("workspace.membership.notAParty");
        }
        this.user = user;
        this.workspace = workspace;
        this.role = role;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Role role() {
        return role;
    }
}

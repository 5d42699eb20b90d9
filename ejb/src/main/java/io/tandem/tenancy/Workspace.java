package io.tandem.tenancy;


import io.tandem.platform.DomainException;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The shared space of one engagement between exactly one client and one provider. */
@Entity
@Table(name = "workspaces")
public class Workspace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_organisation_id")
    private Organisation client;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_organisation_id")
    private Organisation provider;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Workspace() {
    }

    public Workspace(String name, Organisation client, Organisation provider) {
        if (client == null || client.kind() != OrganisationKind.CLIENT) {
            throw new DomainException("workspace.workspace.client.notClient");
        }
        if (provider == null || provider.kind() != OrganisationKind.PROVIDER) {
            throw new DomainException("workspace.workspace.provider.notProvider");
        }
        this.name = Names.required(name, "workspace.workspace.name.required");
        this.client = client;
        this.provider = provider;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Same workspace: equal ids once stored, the same object before. */
    public boolean sameAs(Workspace other) {
        return other != null && (this == other || id != null && id.equals(other.id));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Organisation client() {
        return client;
    }

    public Organisation provider() {
        return provider;
    }

    /** The organisation on the given side of this workspace, or null for a third party. */
    public Organisation organisationOf(Party party) {
        return switch (party) {
            case CLIENT -> client;
            case PROVIDER -> provider;
            case THIRD_PARTY -> null;
        };
    }
}

package io.tandem.tenancy;


import io.tandem.platform.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A tenant: one client, provider or reviewer company. */
@Entity
@Table(name = "organisations")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    /** ISO code of the country it is based in: the client's decides what counts as onshore. */
    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        this(name, kind, Country.GB);
    }

    public Organisation(String name, OrganisationKind kind, Country country) {
        this.name = Names.required(name, "workspace.organisation.name.required");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.country = Objects.requireNonNull(country, "country").code();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Same tenant: equal ids once stored, the same object before. */
    public boolean sameAs(Organisation other) {
        return other != null && (this == other || id != null && id.equals(other.id));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Country country() {
        return Country.require(country);
    }
}

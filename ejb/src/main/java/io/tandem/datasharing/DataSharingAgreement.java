package io.tandem.datasharing;

import io.tandem.platform.Country;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.Workspace;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data-sharing agreement between the workspace's client and provider, with every version of its
 * terms. In force only when one signatory of each party has signed its current version; a change
 * to the terms of a version someone has signed makes a new version, whose signatures start again;
 * either party may revoke it, with a reason, and that is final.
 */
@Entity
@Table(name = "data_sharing_agreements")
public class DataSharingAgreement {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int REASON_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_party", length = 20)
    private Party revokedParty;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by")
    private UserAccount revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revocation_reason", length = REASON_MAX_LENGTH)
    private String revocationReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Moves with every change of terms, so that the version lock also covers edits in place. */
    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected DataSharingAgreement() {
    }

    public DataSharingAgreement(Workspace workspace, String title, AgreementTerms terms, UserAccount author,
                                OffsetDateTime now) {
        this.workspace = workspace;
        this.title = checkedTitle(title);
        AgreementTerms checked = terms.checked();
        this.status = AgreementStatus.DRAFT;
        this.currentVersion = 1;
        this.createdAt = now;
        this.changedAt = now;
        versions.add(new AgreementVersion(this, 1, checked, author, now));
    }

    /**
     * New terms (and title): the current version changes in place while no one has signed it;
     * otherwise they become a new version awaiting both signatures. Terms equal to the current
     * ones change nothing but the title, which signatures do not cover.
     */
    public void amend(String newTitle, AgreementTerms terms, UserAccount author, OffsetDateTime now) {
        requireNotRevoked();
        String checkedTitle = checkedTitle(newTitle);
        AgreementTerms checked = terms.checked();
        boolean material = !checked.equals(current().terms());
        if (!material && checkedTitle.equals(title)) {
            throw new DomainException("datasharing.agreement.unchanged");
        }
        this.title = checkedTitle;
        this.changedAt = now;
        if (!material) {
            return;
        }
        if (current().unsigned()) {
            current().apply(checked);
        } else {
            currentVersion++;
            versions.add(new AgreementVersion(this, currentVersion, checked, author, now));
            status = AgreementStatus.DRAFT;
        }
    }

    /**
     * One signatory signs the current version for their party. Refused for a third party, a party
     * that has signed already, terms that move data out of the client's legal area without a
     * transfer mechanism, and a review date or end date already past.
     */
    public void sign(Party party, UserAccount signatory, Country clientCountry, LocalDate today, OffsetDateTime now) {
        requireNotRevoked();
        if (party != Party.CLIENT && party != Party.PROVIDER) {
            throw new ForbiddenException();
        }
        AgreementVersion current = current();
        if (current.signatureOf(party).isPresent()) {
            throw new DomainException("datasharing.sign.already", party.name());
        }
        AgreementTerms terms = current.terms();
        List<ProcessingLocation> missing = terms.withoutMechanism(clientCountry);
        if (!missing.isEmpty()) {
            ProcessingLocation first = missing.get(0);
            throw new DomainException("datasharing.sign.mechanismMissing", first.country(),
                    LocationClass.of(clientCountry, Country.require(first.country())).name());
        }
        if (terms.reviewDate().isBefore(today) || terms.expiresOn() != null && terms.expiresOn().isBefore(today)) {
            throw new DomainException("datasharing.sign.datesPassed");
        }
        current.sign(party, signatory, now);
        status = current.signedByBoth() ? AgreementStatus.ACTIVE : AgreementStatus.PARTLY_SIGNED;
    }

    public void revoke(Party party, UserAccount by, String reason, OffsetDateTime now) {
        requireNotRevoked();
        if (party != Party.CLIENT && party != Party.PROVIDER) {
            throw new ForbiddenException();
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > REASON_MAX_LENGTH) {
            throw new DomainException("datasharing.revoke.reason.invalid", REASON_MAX_LENGTH);
        }
        this.status = AgreementStatus.REVOKED;
        this.revokedParty = party;
        this.revokedBy = by;
        this.revokedAt = now;
        this.revocationReason = trimmed;
    }

    /**
     * Why this agreement does not allow data of this kind to move this way today, as a refusal
     * naming what is missing; empty when it does.
     */
    public Optional<DomainException> refusalFor(DataCategory category, SharingDirection moving, LocalDate today) {
        if (status == AgreementStatus.REVOKED) {
            return Optional.of(new DomainException("datasharing.check.revoked", title));
        }
        AgreementVersion current = current();
        for (Party party : List.of(Party.CLIENT, Party.PROVIDER)) {
            if (current.signatureOf(party).isEmpty()) {
                String key = party == Party.CLIENT ? "datasharing.check.unsignedByClient"
                        : "datasharing.check.unsignedByProvider";
                return Optional.of(new DomainException(key, title, current.number()));
            }
        }
        AgreementTerms terms = current.terms();
        if (!terms.coversCategory(category)) {
            return Optional.of(new DomainException("datasharing.check.category", title, category.name()));
        }
        if (!terms.direction().covers(moving)) {
            return Optional.of(new DomainException("datasharing.check.direction", title, moving.name()));
        }
        if (terms.expiresOn() != null && terms.expiresOn().isBefore(today)) {
            return Optional.of(new DomainException("datasharing.check.expired", title, terms.expiresOn()));
        }
        if (terms.reviewDate().isBefore(today)) {
            return Optional.of(new DomainException("datasharing.check.reviewOverdue", title, terms.reviewDate()));
        }
        return Optional.empty();
    }

    private void requireNotRevoked() {
        if (status == AgreementStatus.REVOKED) {
            throw new DomainException("datasharing.agreement.revoked");
        }
    }

    private static String checkedTitle(String title) {
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty() || trimmed.length() > TITLE_MAX_LENGTH) {
            throw new DomainException("datasharing.agreement.title.invalid", TITLE_MAX_LENGTH);
        }
        return trimmed;
    }

    public AgreementVersion current() {
        return versionNumber(currentVersion).orElseThrow();
    }

    public Optional<AgreementVersion> versionNumber(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public List<AgreementVersion> versions() {
        return List.copyOf(versions);
    }

    public Long id() {
        return id;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Long workspaceId() {
        return workspace.id();
    }

    public String title() {
        return title;
    }

    public AgreementStatus status() {
        return status;
    }

    public Party revokedParty() {
        return revokedParty;
    }

    public UserAccount revokedBy() {
        return revokedBy;
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public long version() {
        return version;
    }
}

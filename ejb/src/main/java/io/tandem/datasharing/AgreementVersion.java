package io.tandem.datasharing;

import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of an agreement's terms and the signatures it has collected. Its terms change only
 * while no one has signed it; after that a change is a new version.
 */
@Entity
@Table(name = "data_sharing_versions")
public class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private long workspaceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private DataSharingAgreement agreement;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SharingDirection direction;

    @Column(nullable = false, length = AgreementTerms.TEXT_MAX_LENGTH)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", nullable = false, length = 30)
    private LawfulBasis lawfulBasis;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    @Column(nullable = false, length = AgreementTerms.TEXT_MAX_LENGTH)
    private String safeguards;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "data_sharing_categories", joinColumns = @JoinColumn(name = "version_id"))
    private List<CategoryRow> categories = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "data_sharing_locations", joinColumns = @JoinColumn(name = "version_id"))
    private List<LocationRow> locations = new ArrayList<>();

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.PERSIST)
    private List<AgreementSignature> signatures = new ArrayList<>();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected AgreementVersion() {
    }

    AgreementVersion(DataSharingAgreement agreement, int number, AgreementTerms terms, UserAccount author,
                     OffsetDateTime now) {
        this.workspaceId = agreement.workspaceId();
        this.agreement = agreement;
        this.number = number;
        this.createdBy = author;
        this.createdAt = now;
        apply(terms);
    }

    /** Replaces the terms of a version no one has signed yet (the agreement checks that). */
    void apply(AgreementTerms terms) {
        this.direction = terms.direction();
        this.purpose = terms.purpose();
        this.lawfulBasis = terms.lawfulBasis();
        this.retentionMonths = terms.retentionMonths();
        this.safeguards = terms.safeguards();
        this.reviewDate = terms.reviewDate();
        this.expiresOn = terms.expiresOn();
        this.categories.clear();
        terms.categories().forEach(term -> categories.add(new CategoryRow(workspaceId, term)));
        this.locations.clear();
        terms.locations().forEach(location -> locations.add(new LocationRow(workspaceId, location)));
    }

    public AgreementTerms terms() {
        return new AgreementTerms(direction, purpose, lawfulBasis,
                categories.stream().map(CategoryRow::term).toList(),
                locations.stream().map(LocationRow::location).toList(),
                retentionMonths, safeguards, reviewDate, expiresOn).sorted();
    }

    void sign(Party party, UserAccount signatory, OffsetDateTime now) {
        signatures.add(new AgreementSignature(this, party, signatory, now));
    }

    public Optional<AgreementSignature> signatureOf(Party party) {
        return signatures.stream().filter(signature -> signature.party() == party).findFirst();
    }

    public boolean unsigned() {
        return signatures.isEmpty();
    }

    public boolean signedByBoth() {
        return signatureOf(Party.CLIENT).isPresent() && signatureOf(Party.PROVIDER).isPresent();
    }

    public List<AgreementSignature> signatures() {
        return List.copyOf(signatures);
    }

    public long workspaceId() {
        return workspaceId;
    }

    public DataSharingAgreement agreement() {
        return agreement;
    }

    public int number() {
        return number;
    }

    public UserAccount createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}

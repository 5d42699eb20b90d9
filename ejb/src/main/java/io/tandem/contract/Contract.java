package io.tandem.contract;

import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import io.tandem.tenancy.Workspace;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** A contract between the workspace's client and provider, and its credit regime. */
@Entity
@Table(name = "contracts")
public class Contract {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,49}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 50)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContractType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Contract parent;

    @Column(nullable = false, length = ContractTerms.TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "notice_period_days", nullable = false)
    private int noticePeriodDays;

    @Column(name = "renewal_terms", nullable = false, length = ContractTerms.RENEWAL_TERMS_MAX_LENGTH)
    private String renewalTerms;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "annual_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal annualValue;

    @Column(name = "monthly_charges", nullable = false, precision = 19, scale = 2)
    private BigDecimal monthlyCharges;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractStatus status;

    @Embedded
    private CreditRegime creditRegime;

    @Version
    private long version;

    protected Contract() {
    }

    /**
     * A new contract in draft. An amendment names the contract it changes, which must belong to
     * the same workspace; other contracts name none.
     */
    public Contract(Workspace workspace, String reference, ContractType type, Contract parent, ContractTerms terms) {
        if (type == null) {
            throw new DomainException("contract.type.required");
        }
        if (type == ContractType.AMENDMENT && parent == null) {
            throw new DomainException("contract.parent.required");
        }
        if (type != ContractType.AMENDMENT && parent != null) {
            throw new DomainException("contract.parent.onlyAmendments");
        }
        if (parent != null && !parent.workspace.sameAs(workspace)) {
            throw new DomainException("contract.parent.otherWorkspace");
        }
        String trimmed = reference == null ? "" : reference.strip();
        if (!REFERENCE.matcher(trimmed).matches()) {
            throw new DomainException("contract.reference.invalid");
        }
        this.workspace = workspace;
        this.reference = trimmed;
        this.type = type;
        this.parent = parent;
        this.status = ContractStatus.DRAFT;
        apply(terms);
    }

    public void changeTerms(ContractTerms terms) {
        requireTermsEditable();
        apply(terms);
    }

    public void setCreditRegime(CreditRegime regime) {
        requireTermsEditable();
        this.creditRegime = regime;
    }

    public void moveTo(ContractStatus next) {
        if (next == null || !status.next().contains(next)) {
            throw new DomainException("contract.status.transition", status.name(), String.valueOf(next));
        }
        if (next == ContractStatus.ACTIVE && creditRegime().isEmpty()) {
            throw new DomainException("contract.status.regimeRequired");
        }
        this.status = next;
    }

    private void requireTermsEditable() {
        if (!status.termsEditable()) {
            throw new DomainException("contract.terms.locked", status.name());
        }
    }

    private void apply(ContractTerms terms) {
        this.title = terms.title();
        this.effectiveDate = terms.effectiveDate();
        this.expiryDate = terms.expiryDate();
        this.noticePeriodDays = terms.noticePeriodDays();
        this.renewalTerms = terms.renewalTerms();
        this.currency = terms.monthlyCharges().currencyCode();
        this.annualValue = terms.annualValue().amount();
        this.monthlyCharges = terms.monthlyCharges().amount();
    }

    public ContractTerms terms() {
        return new ContractTerms(title, effectiveDate, expiryDate, noticePeriodDays, renewalTerms,
                Money.of(annualValue, currency), Money.of(monthlyCharges, currency));
    }

    /** The regime, once one has been set (its columns are all empty until then). */
    public Optional<CreditRegime> creditRegime() {
        return creditRegime == null || creditRegime.atRiskPercent() == null ? Optional.empty()
                : Optional.of(creditRegime);
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

    public String reference() {
        return reference;
    }

    public ContractType type() {
        return type;
    }

    public Contract parent() {
        return parent;
    }

    public ContractStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}

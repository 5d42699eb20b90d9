package io.tandem.improvement;

import io.tandem.contract.Contract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.Money;
import io.tandem.servicelevel.Actor;
import io.tandem.servicelevel.ServiceLevel;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.WorkspaceGrant;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A joint improvement idea: what one side saw at the coalface and proposes, moved through the
 * pipeline by the roles and sides {@link IdeaPipeline} names. Its content changes only until the
 * client decides, and only by the side that proposed it; the other side comments. After
 * implementation either side records the realised benefit and the other confirms it.
 */
@Entity
@Table(name = "improvement_ideas")
public class Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private Long workspaceId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(nullable = false, length = IdeaProposal.TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false, length = IdeaProposal.TEXT_MAX_LENGTH)
    private String problem;

    @Column(nullable = false, length = IdeaProposal.TEXT_MAX_LENGTH)
    private String proposal;

    @Column(length = IdeaProposal.TOUCHPOINT_MAX_LENGTH)
    private String touchpoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Effort effort;

    @Column(name = "expected_saving", precision = 19, scale = 2)
    private BigDecimal expectedSaving;

    @Column(name = "expected_csat_points", precision = 5, scale = 2)
    private BigDecimal expectedCsatPoints;

    @Column(name = "expected_handle_seconds")
    private Integer expectedHandleSeconds;

    @Column(name = "expected_note", length = IdeaProposal.NOTE_MAX_LENGTH)
    private String expectedNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_owner_id")
    private UserAccount clientOwner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_owner_id")
    private UserAccount providerOwner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by")
    private UserAccount proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by_party", nullable = false, length = 20, updatable = false)
    private Party proposedByParty;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IdeaStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private OffsetDateTime statusChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private UserAccount decidedBy;

    @Column(name = "rejection_reason", length = IdeaProposal.NOTE_MAX_LENGTH)
    private String rejectionReason;

    @Column(name = "implemented_on")
    private LocalDate implementedOn;

    @Column(name = "realised_saving", precision = 19, scale = 2)
    private BigDecimal realisedSaving;

    @Column(name = "realised_csat_points", precision = 5, scale = 2)
    private BigDecimal realisedCsatPoints;

    @Column(name = "realised_handle_seconds")
    private Integer realisedHandleSeconds;

    @Column(name = "realised_note", length = IdeaProposal.NOTE_MAX_LENGTH)
    private String realisedNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "benefit_claimed_by")
    private UserAccount benefitClaimedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_claimed_party", length = 20)
    private Party benefitClaimedParty;

    @Column(name = "benefit_claimed_at")
    private OffsetDateTime benefitClaimedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "benefit_confirmed_by")
    private UserAccount benefitConfirmedBy;

    @Column(name = "benefit_confirmed_at")
    private OffsetDateTime benefitConfirmedAt;

    @OneToMany(mappedBy = "idea", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<IdeaLevel> levels = new ArrayList<>();

    @Version
    private long version;

    protected Idea() {
    }

    public Idea(long workspaceId, IdeaProposal content, Contract contract, List<ServiceLevel> serviceLevels,
                UserAccount clientOwner, UserAccount providerOwner, Actor proposer) {
        if (proposer.party() != Party.CLIENT && proposer.party() != Party.PROVIDER) {
            throw new ForbiddenException();
        }
        this.workspaceId = workspaceId;
        this.proposedBy = proposer.user();
        this.proposedByParty = proposer.party();
        this.submittedAt = proposer.at();
        this.status = IdeaStatus.SUBMITTED;
        this.statusChangedAt = proposer.at();
        apply(content, contract, serviceLevels, clientOwner, providerOwner);
    }

    /** Changes what the idea says: its proposer's side, until the client decides. */
    public void edit(IdeaProposal content, Contract newContract, List<ServiceLevel> serviceLevels,
                     UserAccount newClientOwner, UserAccount newProviderOwner, Actor actor) {
        if (actor.party() != proposedByParty) {
            throw new ForbiddenException("improvement.idea.edit.otherSide");
        }
        if (!status.editable()) {
            throw new DomainException("improvement.idea.edit.decided");
        }
        apply(content, newContract, serviceLevels, newClientOwner, newProviderOwner);
    }

    private void apply(IdeaProposal content, Contract newContract, List<ServiceLevel> serviceLevels,
                       UserAccount newClientOwner, UserAccount newProviderOwner) {
        this.title = content.title();
        this.problem = content.problem();
        this.proposal = content.proposal();
        this.touchpoint = content.touchpoint();
        this.effort = content.effort();
        this.contract = newContract;
        this.expectedSaving = content.expectedSaving() == null ? null : money(content.expectedSaving(),
                "expectedSaving").amount();
        this.expectedCsatPoints = content.expectedCsatPoints();
        this.expectedHandleSeconds = content.expectedHandleSeconds();
        this.expectedNote = content.expectedNote();
        this.clientOwner = newClientOwner;
        this.providerOwner = newProviderOwner;
        levels.removeIf(level -> !serviceLevels.contains(level.serviceLevel()));
        for (ServiceLevel level : serviceLevels) {
            if (levels.stream().noneMatch(existing -> existing.serviceLevel().equals(level))) {
                levels.add(new IdeaLevel(this, level));
            }
        }
    }

    /**
     * Moves the idea to {@code to} as the matrix allows the grant: a rejection needs a reason, an
     * implementation its date (not in the future); confirming the benefit needs the other side's claim.
     */
    public void moveTo(IdeaStatus to, WorkspaceGrant grant, String reason, LocalDate implemented, Actor actor) {
        IdeaPipeline.Move move = IdeaPipeline.require(status, to, grant, benefitClaimedParty);
        switch (move) {
            case APPROVE -> decidedBy = actor.user();
            case REJECT -> {
                rejectionReason = IdeaProposal.required(reason, IdeaProposal.NOTE_MAX_LENGTH,
                        "improvement.idea.rejectionReason");
                decidedBy = actor.user();
            }
            case IMPLEMENT -> {
                LocalDate today = actor.at().toLocalDate();
                LocalDate on = implemented == null ? today : implemented;
                if (on.isAfter(today) || on.isBefore(submittedAt.toLocalDate())) {
                    throw new DomainException("improvement.idea.implementedOn.invalid");
                }
                implementedOn = on;
            }
            case CONFIRM_BENEFIT -> {
                benefitConfirmedBy = actor.user();
                benefitConfirmedAt = actor.at();
            }
            default -> {
            }
        }
        status = move.to();
        statusChangedAt = actor.at();
    }

    /**
     * Records the realised benefit of an implemented idea. Either side may; a record by the other
     * side replaces a pending one, and then awaits the first side's confirmation in turn.
     */
    public void recordBenefit(RealisedBenefit benefit, Actor actor) {
        if (status != IdeaStatus.IMPLEMENTED) {
            throw new DomainException("improvement.idea.benefit.notImplemented");
        }
        if (actor.party() != Party.CLIENT && actor.party() != Party.PROVIDER) {
            throw new ForbiddenException();
        }
        this.realisedSaving = benefit.saving() == null ? null : money(benefit.saving(), "saving").amount();
        this.realisedCsatPoints = benefit.csatPoints();
        this.realisedHandleSeconds = benefit.handleSeconds();
        this.realisedNote = benefit.note();
        this.benefitClaimedBy = actor.user();
        this.benefitClaimedParty = actor.party();
        this.benefitClaimedAt = actor.at();
    }

    /** An amount in the contract's currency, refused when it does not fit one. */
    private Money money(BigDecimal amount, String field) {
        if (contract == null) {
            throw new DomainException("improvement.idea.saving.needsContract");
        }
        return Money.of(field, amount, contract.terms().monthlyCharges().currencyCode());
    }

    /** The gain-share split of the realised saving under the contract's regime, when there is one to split. */
    public Optional<GainShare> gainShare() {
        if (realisedSaving == null || contract == null || contract.creditRegime().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(GainShare.of(Money.of(realisedSaving, currency()),
                contract.creditRegime().get().clientGainSharePercent()));
    }

    public String currency() {
        return contract == null ? null : contract.terms().monthlyCharges().currencyCode();
    }

    public Long id() {
        return id;
    }

    public Long workspaceId() {
        return workspaceId;
    }

    public Contract contract() {
        return contract;
    }

    public String title() {
        return title;
    }

    public String problem() {
        return problem;
    }

    public String proposal() {
        return proposal;
    }

    public String touchpoint() {
        return touchpoint;
    }

    public Effort effort() {
        return effort;
    }

    public BigDecimal expectedSaving() {
        return expectedSaving;
    }

    public BigDecimal expectedCsatPoints() {
        return expectedCsatPoints;
    }

    public Integer expectedHandleSeconds() {
        return expectedHandleSeconds;
    }

    public String expectedNote() {
        return expectedNote;
    }

    public UserAccount clientOwner() {
        return clientOwner;
    }

    public UserAccount providerOwner() {
        return providerOwner;
    }

    public UserAccount proposedBy() {
        return proposedBy;
    }

    public Party proposedByParty() {
        return proposedByParty;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public IdeaStatus status() {
        return status;
    }

    public OffsetDateTime statusChangedAt() {
        return statusChangedAt;
    }

    public UserAccount decidedBy() {
        return decidedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public LocalDate implementedOn() {
        return implementedOn;
    }

    public BigDecimal realisedSaving() {
        return realisedSaving;
    }

    public BigDecimal realisedCsatPoints() {
        return realisedCsatPoints;
    }

    public Integer realisedHandleSeconds() {
        return realisedHandleSeconds;
    }

    public String realisedNote() {
        return realisedNote;
    }

    public UserAccount benefitClaimedBy() {
        return benefitClaimedBy;
    }

    public Party benefitClaimedParty() {
        return benefitClaimedParty;
    }

    public OffsetDateTime benefitClaimedAt() {
        return benefitClaimedAt;
    }

    public UserAccount benefitConfirmedBy() {
        return benefitConfirmedBy;
    }

    public List<ServiceLevel> serviceLevels() {
        return levels.stream().map(IdeaLevel::serviceLevel).toList();
    }

    public long version() {
        return version;
    }
}

package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.platform.DecimalRange;
import io.tandem.platform.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract's promise about one metric: critical levels carry credits (their pool allocation
 * says what share of the at-risk amount a breach costs), key levels are reported only. Targets
 * change over time without rewriting how earlier months were judged.
 */
@Entity
@Table(name = "service_levels")
public class ServiceLevel {

    public static final int NAME_MAX_LENGTH = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    /** Copied from the contract so that row-level security and the audit chain can key on it. */
    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Embedded
    private MetricDefinition metric;

    @Embedded
    private ComputedMetric computation = ComputedMetric.reported();

    @Column(nullable = false)
    private boolean critical;

    @Column(name = "allocation_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal allocationPercent;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @OneToMany(mappedBy = "serviceLevel", cascade = CascadeType.PERSIST)
    @OrderBy("appliesFrom")
    private List<ServiceLevelTarget> targets = new ArrayList<>();

    @Version
    private long version;

    protected ServiceLevel() {
    }

    public ServiceLevel(Contract contract, String name, MetricDefinition metric, Commitment commitment,
                        BigDecimal expected, BigDecimal minimum) {
        if (metric == null) {
            throw new DomainException("servicelevel.metric.required");
        }
        if (!contract.status().termsEditable()) {
            throw new DomainException("servicelevel.commitment.locked");
        }
        this.contract = contract;
        this.workspaceId = contract.workspace().id();
        this.metric = metric;
        rename(name);
        commit(commitment);
        targets.add(new ServiceLevelTarget(this, commitment.effectiveFrom(), target(expected, minimum)));
    }

    public void rename(String newName) {
        String text = newName == null ? "" : newName.strip();
        if (text.isEmpty() || text.length() > NAME_MAX_LENGTH) {
            throw new DomainException("servicelevel.name.invalid", NAME_MAX_LENGTH);
        }
        this.name = text;
    }

    /**
     * Changes whether the level is critical, its allocation and when it applies. Once its contract
     * is in force these are fixed (they decide credits already earned): an amendment changes them.
     */
    public void changeCommitment(Commitment commitment) {
        boolean unchanged = commitment.critical() == critical
                && commitment.allocationPercent() != null && commitment.allocationPercent().compareTo(allocationPercent) == 0
                && effectiveFrom().equals(commitment.effectiveFrom())
                && Objects.equals(effectiveTo(), commitment.effectiveTo());
        if (!unchanged && !contract.status().termsEditable()) {
            throw new DomainException("servicelevel.commitment.locked");
        }
        commit(commitment);
    }

    private void commit(Commitment commitment) {
        BigDecimal allocation = commitment.allocationPercent();
        if (allocation == null || allocation.signum() < 0 || allocation.compareTo(HUNDRED) > 0) {
            throw new DomainException("servicelevel.allocation.range");
        }
        DecimalRange.PERCENT.require("allocationPercent", allocation);
        if (!commitment.critical() && allocation.signum() != 0) {
            throw new DomainException("servicelevel.allocation.keyLevel");
        }
        if (commitment.critical() && allocation.signum() == 0) {
            throw new DomainException("servicelevel.allocation.criticalLevel");
        }
        YearMonth from = commitment.effectiveFrom();
        YearMonth to = commitment.effectiveTo();
        YearMonth contractStart = YearMonth.from(contract.terms().effectiveDate());
        YearMonth contractEnd = YearMonth.from(contract.terms().expiryDate());
        if (from == null || from.isBefore(contractStart) || from.isAfter(contractEnd)
                || to != null && (to.isBefore(from) || to.isAfter(contractEnd))) {
            throw new DomainException("servicelevel.effective.outsideContract", contractStart.toString(),
                    contractEnd.toString());
        }
        if (!targets.isEmpty() && !from.equals(targets.get(0).appliesFrom())) {
            throw new DomainException("servicelevel.effective.fromFixed");
        }
        this.critical = commitment.critical();
        this.allocationPercent = allocation;
        this.effectiveFrom = from.atDay(1);
        this.effectiveTo = to == null ? null : to.atDay(1);
    }

    /**
     * Makes the level computed from interaction records with these conventions, or reported again.
     * The conventions decide every value and credit, so, like the commitment, they are fixed once
     * the contract is in force: an amendment changes them.
     */
    public void changeComputation(ComputedMetric newComputation) {
        if (!newComputation.equals(computation) && !contract.status().termsEditable()) {
            throw new DomainException("servicelevel.computed.locked");
        }
        this.computation = newComputation;
    }

    /** Whether the level's values come from interaction records rather than the provider. */
    public boolean computed() {
        return computation != null && computation.computed();
    }

    /**
     * A new target from {@code from} on; earlier months keep the target they were judged by. A
     * change in a month that already has one replaces it. Months both parties have settled keep
     * their target: a change may start only after {@code lastSettled} (null when none is).
     */
    public void changeTarget(YearMonth from, BigDecimal expected, BigDecimal minimum, YearMonth lastSettled) {
        Target target = target(expected, minimum);
        if (from == null || !covers(from)) {
            throw new DomainException("servicelevel.target.outsideLevel");
        }
        if (lastSettled != null && !from.isAfter(lastSettled)) {
            throw new DomainException("servicelevel.target.settled", lastSettled.toString());
        }
        targetHistory().changedFrom(from, target);
        Optional<ServiceLevelTarget> sameMonth = targets.stream().filter(t -> t.appliesFrom().equals(from)).findFirst();
        if (sameMonth.isPresent()) {
            sameMonth.get().replaceWith(target);
        } else {
            targets.add(new ServiceLevelTarget(this, from, target));
        }
    }

    private Target target(BigDecimal expected, BigDecimal minimum) {
        return new Target(expected, minimum, metric.direction());
    }

    public boolean covers(YearMonth period) {
        return !period.isBefore(YearMonth.from(effectiveFrom))
                && (effectiveTo == null || !period.isAfter(YearMonth.from(effectiveTo)));
    }

    public TargetHistory targetHistory() {
        TargetHistory history = null;
        for (ServiceLevelTarget entry : targets) {
            history = history == null ? TargetHistory.startingWith(entry.appliesFrom(), entry.target())
                    : history.changedFrom(entry.appliesFrom(), entry.target());
        }
        return history;
    }

    /**
     * The target this level is judged by in {@code period}: the one agreed for that month, moved
     * toward perfect by the contract's continuous-improvement rate for each contract year (none
     * while the contract has no credit regime). The one place this is computed.
     */
    public Target targetFor(YearMonth period) {
        return terms().targetFor(period, improvementRate());
    }

    /** The contract's continuous-improvement rate, or none while it has no credit regime. */
    BigDecimal improvementRate() {
        return contract.creditRegime().map(r -> r.continuousImprovementPercent()).orElse(BigDecimal.ZERO);
    }

    public ServiceLevelTerms terms() {
        return new ServiceLevelTerms(name, critical, allocationPercent, targetHistory(), metric.metric().perfect(),
                contract.terms().effectiveDate());
    }

    public Long id() {
        return id;
    }

    public Contract contract() {
        return contract;
    }

    public Long workspaceId() {
        return workspaceId;
    }

    public String name() {
        return name;
    }

    public MetricDefinition metric() {
        return metric;
    }

    public ComputedMetric computation() {
        return computation == null ? ComputedMetric.reported() : computation;
    }

    public boolean critical() {
        return critical;
    }

    public BigDecimal allocationPercent() {
        return allocationPercent;
    }

    public YearMonth effectiveFrom() {
        return YearMonth.from(effectiveFrom);
    }

    public YearMonth effectiveTo() {
        return effectiveTo == null ? null : YearMonth.from(effectiveTo);
    }

    public List<ServiceLevelTarget> targets() {
        return List.copyOf(targets);
    }

    public long version() {
        return version;
    }
}

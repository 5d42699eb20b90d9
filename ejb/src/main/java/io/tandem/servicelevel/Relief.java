package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A request to excuse one month of a service level for a stated reason (volume far above
 * forecast, a client system outage). The provider asks, the client decides; an approved relief
 * means the month's miss earns no credit and does not spoil an earn-back. A rejected request may
 * be made again with a new reason.
 */
@Entity
@Table(name = "reliefs")
public class Relief {

    public static final int TEXT_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_level_id")
    private ServiceLevel serviceLevel;

    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Column(nullable = false)
    private LocalDate period;

    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReliefStatus status;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_by")
    private UserAccount requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private UserAccount decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note", length = TEXT_MAX_LENGTH)
    private String decisionNote;

    @Version
    private long version;

    protected Relief() {
    }

    public Relief(ServiceLevel serviceLevel, YearMonth period, String reason, Actor provider) {
        if (period == null || !serviceLevel.covers(period)) {
            throw new DomainException("servicelevel.measurement.period.outsideLevel", String.valueOf(period));
        }
        if (!period.isBefore(YearMonth.from(provider.at()))) {
            throw new DomainException("servicelevel.relief.monthOpen", period.toString());
        }
        if (!serviceLevel.critical()) {
            throw new DomainException("servicelevel.relief.keyLevel");
        }
        this.serviceLevel = serviceLevel;
        this.workspaceId = serviceLevel.workspaceId();
        this.period = period.atDay(1);
        request(reason, provider);
    }

    /** Asks again after a rejection. */
    public void requestAgain(String newReason, Actor provider) {
        if (status != ReliefStatus.REJECTED) {
            throw new DomainException("servicelevel.relief.alreadyRequested", period().toString());
        }
        request(newReason, provider);
    }

    public void approve(String note, Actor client) {
        decide(ReliefStatus.APPROVED, note, client);
    }

    public void reject(String note, Actor client) {
        if (note == null || note.isBlank()) {
            throw new DomainException("servicelevel.relief.rejectionReason");
        }
        decide(ReliefStatus.REJECTED, note, client);
    }

    private void request(String text, Actor provider) {
        if (provider.party() != Party.PROVIDER) {
            throw new DomainException("servicelevel.measurement.wrongSide");
        }
        this.reason = required(text, "servicelevel.relief.reason.invalid");
        this.status = ReliefStatus.REQUESTED;
        this.requestedBy = provider.user();
        this.requestedAt = provider.at();
        this.decidedBy = null;
        this.decidedAt = null;
        this.decisionNote = null;
    }

    private void decide(ReliefStatus decision, String note, Actor client) {
        if (client.party() != Party.CLIENT) {
            throw new DomainException("servicelevel.measurement.wrongSide");
        }
        if (status != ReliefStatus.REQUESTED) {
            throw new DomainException("servicelevel.relief.decided");
        }
        this.status = decision;
        this.decisionNote = note == null || note.isBlank() ? null : required(note, "servicelevel.relief.note.invalid");
        this.decidedBy = client.user();
        this.decidedAt = client.at();
    }

    private static String required(String text, String key) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > TEXT_MAX_LENGTH) {
            throw new DomainException(key, TEXT_MAX_LENGTH);
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public ServiceLevel serviceLevel() {
        return serviceLevel;
    }

    public Long workspaceId() {
        return workspaceId;
    }

    public YearMonth period() {
        return YearMonth.from(period);
    }

    public String reason() {
        return reason;
    }

    public ReliefStatus status() {
        return status;
    }

    public UserAccount requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public UserAccount decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public long version() {
        return version;
    }
}

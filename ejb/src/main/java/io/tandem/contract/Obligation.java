package io.tandem.contract;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.Party;
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

/**
 * Something one party must do under a contract, by a date, once or recurring. Completing a
 * recurring obligation moves it to its next due date; completing a one-off one closes it.
 */
@Entity
@Table(name = "obligations")
public class Obligation {

    public static final int DESCRIPTION_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    /** Copied from the contract so that row-level security and the audit chain can key on it. */
    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_party", nullable = false, length = 20)
    private Party owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recurrence recurrence;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "last_completed_on")
    private LocalDate lastCompletedOn;

    @Version
    private long version;

    protected Obligation() {
    }

    public Obligation(Contract contract, String description, Party owner, LocalDate dueDate, Recurrence recurrence) {
        String text = description == null ? "" : description.strip();
        if (text.isEmpty() || text.length() > DESCRIPTION_MAX_LENGTH) {
            throw new DomainException("contract.obligation.description.invalid", DESCRIPTION_MAX_LENGTH);
        }
        if (owner != Party.CLIENT && owner != Party.PROVIDER) {
            throw new DomainException("contract.obligation.owner.invalid");
        }
        if (dueDate == null || recurrence == null) {
            throw new DomainException("contract.obligation.due.required");
        }
        this.contract = contract;
        this.workspaceId = contract.workspace().id();
        this.description = text;
        this.owner = owner;
        this.dueDate = dueDate;
        this.recurrence = recurrence;
    }

    /** Done on {@code today}: a one-off obligation closes, a recurring one falls due again. */
    public void complete(LocalDate today) {
        if (done) {
            throw new DomainException("contract.obligation.alreadyDone");
        }
        lastCompletedOn = today;
        if (recurrence == Recurrence.ONCE) {
            done = true;
        } else {
            dueDate = recurrence.after(dueDate);
        }
    }

    public ObligationStatus statusOn(LocalDate today) {
        if (done) {
            return ObligationStatus.DONE;
        }
        return today.isAfter(dueDate) ? ObligationStatus.OVERDUE : ObligationStatus.OPEN;
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

    public String description() {
        return description;
    }

    public Party owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Recurrence recurrence() {
        return recurrence;
    }

    public LocalDate lastCompletedOn() {
        return lastCompletedOn;
    }

    public long version() {
        return version;
    }
}

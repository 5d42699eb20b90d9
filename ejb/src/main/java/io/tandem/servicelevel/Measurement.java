package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One month's value of a service level. The provider submits it (and may correct it until it is
 * reviewed); the client accepts it or disputes it with a reason; a dispute is a conversation
 * between the sides that the client closes with a resolution, which may correct the value. Only
 * an accepted or resolved value counts toward results and credits.
 */
@Entity
@Table(name = "measurements")
public class Measurement {

    public static final int EVIDENCE_MAX_LENGTH = 1000;

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

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(precision = 19, scale = 4)
    private BigDecimal numerator;

    @Column(precision = 19, scale = 4)
    private BigDecimal denominator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasurementSource source;

    @Column(length = EVIDENCE_MAX_LENGTH)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasurementStatus status;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by")
    private UserAccount submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_by")
    private UserAccount reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @OneToMany(mappedBy = "measurement", cascade = CascadeType.PERSIST)
    @OrderBy("postedAt, id")
    private List<DisputeMessage> thread = new ArrayList<>();

    @Version
    private long version;

    protected Measurement() {
    }

    /**
     * The provider submits a month that has ended or is under way, inside the level's months. A
     * computed level's values come from the records only.
     */
    public Measurement(ServiceLevel serviceLevel, YearMonth period, MeasuredValue value, MeasurementSource source,
                       String evidence, Actor provider) {
        requireSide(provider, Party.PROVIDER);
        requireReported(serviceLevel);
        open(serviceLevel, period, provider);
        record(value, source, evidence, provider);
    }

    /**
     * A computed level's month, computed from the interaction records when {@code actor} changed
     * them: it awaits the client's review like any submission. Either side may have caused it.
     */
    public static Measurement computed(ServiceLevel serviceLevel, YearMonth period, MeasuredValue value,
                                       String evidence, Actor actor) {
        Measurement measurement = new Measurement();
        measurement.open(serviceLevel, period, actor);
        measurement.record(value, MeasurementSource.COMPUTED, evidence, actor);
        return measurement;
    }

    private void open(ServiceLevel serviceLevel, YearMonth period, Actor provider) {
        if (period == null || !serviceLevel.covers(period)) {
            throw new DomainException("servicelevel.measurement.period.outsideLevel", String.valueOf(period));
        }
        if (period.isAfter(YearMonth.from(provider.at()))) {
            throw new DomainException("servicelevel.measurement.period.future", period.toString());
        }
        this.serviceLevel = serviceLevel;
        this.workspaceId = serviceLevel.workspaceId();
        this.period = period.atDay(1);
        this.status = MeasurementStatus.SUBMITTED;
    }

    /** The provider corrects a value the client has not reviewed yet. */
    public void correct(MeasuredValue value, MeasurementSource source, String evidence, Actor provider) {
        requireSide(provider, Party.PROVIDER);
        requireReported(serviceLevel);
        requireAwaitingReview();
        record(value, source, evidence, provider);
    }

    public void accept(Actor client) {
        requireSide(client, Party.CLIENT);
        requireAwaitingReview();
        status = MeasurementStatus.ACCEPTED;
        reviewed(client);
    }

    public void dispute(String reason, Actor client) {
        requireSide(client, Party.CLIENT);
        requireAwaitingReview();
        thread.add(new DisputeMessage(this, DisputeMessage.Kind.DISPUTE, client, reason, null, null));
        status = MeasurementStatus.DISPUTED;
        reviewed(client);
    }

    /** Either side adds to an open dispute. */
    public void reply(String text, Actor actor) {
        if (actor.party() != Party.CLIENT && actor.party() != Party.PROVIDER) {
            throw new DomainException("servicelevel.measurement.wrongSide");
        }
        requireDisputed();
        thread.add(new DisputeMessage(this, DisputeMessage.Kind.REPLY, actor, text, null, null));
    }

    /** The client closes the dispute, with the agreed value when it differs from the submitted one. */
    public void resolve(String resolution, MeasuredValue agreed, Actor client) {
        requireSide(client, Party.CLIENT);
        requireDisputed();
        BigDecimal before = value;
        if (agreed != null) {
            value = agreed.value();
            numerator = agreed.numerator();
            denominator = agreed.denominator();
        }
        thread.add(new DisputeMessage(this, DisputeMessage.Kind.RESOLUTION, client, resolution, before, value));
        status = MeasurementStatus.RESOLVED;
        reviewed(client);
    }

    /**
     * The records behind a computed month changed and so did its value: an unreviewed month simply
     * takes the new value; a settled one goes back to the client's review, and a disputed one stays
     * in dispute, each with a thread message showing the value before and after. Returns whether
     * anything changed: the same figures again change nothing.
     */
    public boolean recompute(MeasuredValue recomputed, String note, Actor actor) {
        if (same(recomputed.numerator(), numerator) && same(recomputed.denominator(), denominator)
                && same(recomputed.value(), value) && source == MeasurementSource.COMPUTED) {
            return false;
        }
        BigDecimal before = value;
        MeasurementStatus was = status;
        record(recomputed, MeasurementSource.COMPUTED, note, actor);
        if (was != MeasurementStatus.SUBMITTED) {
            thread.add(new DisputeMessage(this, DisputeMessage.Kind.RECOMPUTED, actor,
                    note == null ? recomputed.value().toPlainString() : note, before, value));
        }
        if (was.settled()) {
            status = MeasurementStatus.SUBMITTED;
            reviewedBy = null;
            reviewedAt = null;
        }
        return true;
    }

    /**
     * The side whose move it is: the client reviews a submission; in a dispute, the side that did
     * not write last (the client's dispute waits for the provider, the provider's answer for the
     * client); nobody once the value is settled.
     */
    public Optional<Party> awaitedSide() {
        return switch (status) {
            case SUBMITTED -> Optional.of(Party.CLIENT);
            case DISPUTED -> Optional.of(lastWord() == Party.CLIENT ? Party.PROVIDER : Party.CLIENT);
            case ACCEPTED, RESOLVED -> Optional.empty();
        };
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Who wrote last in the dispute; a recomputation is news, not a turn. */
    private Party lastWord() {
        for (int i = thread.size() - 1; i >= 0; i--) {
            if (thread.get(i).kind() != DisputeMessage.Kind.RECOMPUTED) {
                return thread.get(i).party();
            }
        }
        return Party.CLIENT;
    }

    private static void requireReported(ServiceLevel level) {
        if (level.computed()) {
            throw new DomainException("servicelevel.measurement.computedLevel", level.name());
        }
    }

    private void record(MeasuredValue measured, MeasurementSource how, String note, Actor provider) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > EVIDENCE_MAX_LENGTH) {
            throw new DomainException("servicelevel.measurement.evidence.tooLong", EVIDENCE_MAX_LENGTH);
        }
        if (how == null) {
            throw new DomainException("servicelevel.measurement.source.required");
        }
        this.value = measured.value();
        this.numerator = measured.numerator();
        this.denominator = measured.denominator();
        this.source = how;
        this.evidence = text;
        this.submittedBy = provider.user();
        this.submittedAt = provider.at();
    }

    private void reviewed(Actor client) {
        reviewedBy = client.user();
        reviewedAt = client.at();
    }

    private static void requireSide(Actor actor, Party side) {
        if (actor.party() != side) {
            throw new DomainException("servicelevel.measurement.wrongSide");
        }
    }

    private void requireAwaitingReview() {
        if (status != MeasurementStatus.SUBMITTED) {
            throw new DomainException("servicelevel.measurement.reviewed");
        }
    }

    private void requireDisputed() {
        if (status != MeasurementStatus.DISPUTED) {
            throw new DomainException("servicelevel.measurement.notDisputed");
        }
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

    public BigDecimal value() {
        return value;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }

    public MeasurementSource source() {
        return source;
    }

    public String evidence() {
        return evidence;
    }

    public MeasurementStatus status() {
        return status;
    }

    public UserAccount submittedBy() {
        return submittedBy;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public UserAccount reviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    public List<DisputeMessage> thread() {
        return List.copyOf(thread);
    }

    public long version() {
        return version;
    }
}

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One message in a measurement's dispute thread. Never edited: the thread is a record of what was said. */
@Entity
@Table(name = "dispute_messages")
public class DisputeMessage {

    public static final int BODY_MAX_LENGTH = 2000;

    /** What a message does to the dispute. */
    public enum Kind {
        DISPUTE, REPLY, RESOLUTION,
        /** A computed value changed because its records did: written for whoever changed them. */
        RECOMPUTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measurement_id")
    private Measurement measurement;

    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Party party;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Column(name = "value_before", precision = 19, scale = 4)
    private BigDecimal valueBefore;

    @Column(name = "value_after", precision = 19, scale = 4)
    private BigDecimal valueAfter;

    @Column(name = "posted_at", nullable = false)
    private OffsetDateTime postedAt;

    @Version
    private long version;

    protected DisputeMessage() {
    }

    DisputeMessage(Measurement measurement, Kind kind, Actor actor, String body, BigDecimal valueBefore,
                   BigDecimal valueAfter) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > BODY_MAX_LENGTH) {
            throw new DomainException("servicelevel.dispute.message.invalid", BODY_MAX_LENGTH);
        }
        this.measurement = measurement;
        this.workspaceId = measurement.workspaceId();
        this.kind = kind;
        this.party = actor.party();
        this.author = actor.user();
        this.body = text;
        this.valueBefore = valueBefore;
        this.valueAfter = valueAfter;
        this.postedAt = actor.at();
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Party party() {
        return party;
    }

    public UserAccount author() {
        return author;
    }

    public String body() {
        return body;
    }

    public BigDecimal valueBefore() {
        return valueBefore;
    }

    public BigDecimal valueAfter() {
        return valueAfter;
    }

    public OffsetDateTime postedAt() {
        return postedAt;
    }
}

package io.tandem.workspace;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.PartyPrivacy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.Workspace;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A note one side keeps about the workspace; the other side never reads it. */
@Entity
@Table(name = "internal_notes")
public class InternalNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Embedded
    private PartyPrivacy privacy;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected InternalNote() {
    }

    /** A note private to the side the author acts for in this workspace. */
    public InternalNote(Workspace workspace, Party authorSide, UserAccount author, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new DomainException("workspace.note.body.invalid", MAX_LENGTH);
        }
        this.workspace = workspace;
        this.privacy = PartyPrivacy.privateTo(authorSide);
        this.author = author;
        this.body = text;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public PartyPrivacy privacy() {
        return privacy;
    }

    public UserAccount author() {
        return author;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}

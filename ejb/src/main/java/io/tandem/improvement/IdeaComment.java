package io.tandem.improvement;

import io.tandem.platform.DomainException;
import io.tandem.servicelevel.Actor;
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
import java.time.OffsetDateTime;

/**
 * A comment on an idea, or a reply to one (threads nest: a reply answers a comment of the same
 * idea). Never edited: the discussion is a record of what was said.
 */
@Entity
@Table(name = "improvement_idea_comments")
public class IdeaComment {

    public static final int BODY_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private Long workspaceId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private IdeaComment parent;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Party party;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private OffsetDateTime postedAt;

    @Version
    private long version;

    protected IdeaComment() {
    }

    IdeaComment(Idea idea, IdeaComment parent, String body, Actor actor) {
        if (parent != null && !parent.idea().id().equals(idea.id())) {
            throw new DomainException("improvement.idea.comment.parent");
        }
        this.idea = idea;
        this.workspaceId = idea.workspaceId();
        this.parent = parent;
        this.author = actor.user();
        this.party = actor.party();
        this.body = IdeaProposal.required(body, BODY_MAX_LENGTH, "improvement.idea.comment.invalid");
        this.postedAt = actor.at();
    }

    public Long id() {
        return id;
    }

    public Long workspaceId() {
        return workspaceId;
    }

    public Idea idea() {
        return idea;
    }

    public IdeaComment parent() {
        return parent;
    }

    public UserAccount author() {
        return author;
    }

    public Party party() {
        return party;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime postedAt() {
        return postedAt;
    }
}

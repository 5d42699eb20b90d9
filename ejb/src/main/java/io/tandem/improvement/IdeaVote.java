package io.tandem.improvement;

import io.tandem.tenancy.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One user's support for an idea: at most one per user (a unique key), withdrawn by deleting it. */
@Entity
@Table(name = "improvement_idea_votes")
public class IdeaVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private Long workspaceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "voter_id")
    private UserAccount voter;

    @Column(name = "voted_at", nullable = false)
    private OffsetDateTime votedAt;

    protected IdeaVote() {
    }

    IdeaVote(Idea idea, UserAccount voter, OffsetDateTime at) {
        this.idea = idea;
        this.workspaceId = idea.workspaceId();
        this.voter = voter;
        this.votedAt = at;
    }
}

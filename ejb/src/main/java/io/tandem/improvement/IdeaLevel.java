package io.tandem.improvement;

import io.tandem.servicelevel.ServiceLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A service level an idea should move; a row of its own so that row-level security can key on the workspace. */
@Entity
@Table(name = "improvement_idea_levels")
public class IdeaLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private Long workspaceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_level_id")
    private ServiceLevel serviceLevel;

    protected IdeaLevel() {
    }

    IdeaLevel(Idea idea, ServiceLevel serviceLevel) {
        this.idea = idea;
        this.workspaceId = idea.workspaceId();
        this.serviceLevel = serviceLevel;
    }

    public ServiceLevel serviceLevel() {
        return serviceLevel;
    }
}

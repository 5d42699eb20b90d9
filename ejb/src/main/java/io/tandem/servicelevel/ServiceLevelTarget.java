package io.tandem.servicelevel;

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
import java.time.LocalDate;
import java.time.YearMonth;

/** One entry of a service level's target history: the target in force from a month on. */
@Entity
@Table(name = "service_level_targets")
public class ServiceLevelTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_level_id")
    private ServiceLevel serviceLevel;

    @Column(name = "workspace_id", nullable = false)
    private Long workspaceId;

    @Column(name = "applies_from", nullable = false)
    private LocalDate appliesFrom;

    @Embedded
    private Target target;

    @Version
    private long version;

    protected ServiceLevelTarget() {
    }

    ServiceLevelTarget(ServiceLevel serviceLevel, YearMonth appliesFrom, Target target) {
        this.serviceLevel = serviceLevel;
        this.workspaceId = serviceLevel.workspaceId();
        this.appliesFrom = appliesFrom.atDay(1);
        this.target = target;
    }

    void replaceWith(Target target) {
        this.target = target;
    }

    public YearMonth appliesFrom() {
        return YearMonth.from(appliesFrom);
    }

    public Target target() {
        return target;
    }
}

package io.tandem.datasharing;

import io.tandem.platform.DomainException;
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
import java.time.OffsetDateTime;

/** One entry of the feed log: data of one kind shared under an agreement's version, by whom, when, how many rows. */
@Entity
@Table(name = "data_sharing_feeds")
public class DataFeed {

    public static final int DESCRIPTION_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private long workspaceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private DataSharingAgreement agreement;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DataCategory category;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private UserAccount recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected DataFeed() {
    }

    /** Under the agreement's current version, which the caller has checked is in force for the category. */
    DataFeed(DataSharingAgreement agreement, DataCategory category, long rowCount, String description,
             UserAccount recordedBy, OffsetDateTime now) {
        if (category == null) {
            throw new DomainException("datasharing.feed.category.required");
        }
        if (rowCount < 0) {
            throw new DomainException("datasharing.feed.rows.invalid");
        }
        String trimmed = description == null ? "" : description.strip();
        if (trimmed.isEmpty() || trimmed.length() > DESCRIPTION_MAX_LENGTH) {
            throw new DomainException("datasharing.feed.description.invalid", DESCRIPTION_MAX_LENGTH);
        }
        this.workspaceId = agreement.workspaceId();
        this.agreement = agreement;
        this.versionNumber = agreement.current().number();
        this.category = category;
        this.rowCount = rowCount;
        this.description = trimmed;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public DataSharingAgreement agreement() {
        return agreement;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public DataCategory category() {
        return category;
    }

    public long rowCount() {
        return rowCount;
    }

    public String description() {
        return description;
    }

    public UserAccount recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}

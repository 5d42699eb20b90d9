package io.tandem.datasharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored {@link ProcessingLocation}, in its version's workspace (row-level security reads that column). */
@Embeddable
public class LocationRow {

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private TransferMechanism mechanism;

    @Column(name = "sub_processor", length = AgreementTerms.NAME_MAX_LENGTH)
    private String subProcessor;

    protected LocationRow() {
    }

    LocationRow(long workspaceId, ProcessingLocation location) {
        this.workspaceId = workspaceId;
        this.country = location.country();
        this.mechanism = location.mechanism();
        this.subProcessor = location.subProcessor();
    }

    ProcessingLocation location() {
        return new ProcessingLocation(country, mechanism, subProcessor);
    }
}

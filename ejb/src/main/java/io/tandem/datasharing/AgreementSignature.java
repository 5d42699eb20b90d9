package io.tandem.datasharing;

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
import java.time.OffsetDateTime;

/** One party's signature of one version: who signed for it and when. Never changed. */
@Entity
@Table(name = "data_sharing_signatures")
public class AgreementSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private long workspaceId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private AgreementVersion agreementVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Party party;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_by")
    private UserAccount signedBy;

    @Column(name = "signed_at", nullable = false)
    private OffsetDateTime signedAt;

    protected AgreementSignature() {
    }

    AgreementSignature(AgreementVersion agreementVersion, Party party, UserAccount signedBy, OffsetDateTime signedAt) {
        this.workspaceId = agreementVersion.workspaceId();
        this.agreementVersion = agreementVersion;
        this.party = party;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    public Party party() {
        return party;
    }

    public UserAccount signedBy() {
        return signedBy;
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }
}

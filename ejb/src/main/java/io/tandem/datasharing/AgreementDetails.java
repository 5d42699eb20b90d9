package io.tandem.datasharing;

import io.tandem.tenancy.Party;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agreement as pages and the API show it: the version asked for (the current one unless
 * another is named), every version with who signed it, and the revocation when there is one.
 * {@code version} goes back with every change, so that a stale edit or signature is refused.
 */
public record AgreementDetails(long id, long workspaceId, String title, AgreementStatus status, int currentVersion,
                               String clientName, String providerName, String clientCountry, VersionDetails shown,
                               List<VersionSummary> versions, Party revokedParty, String revokedBy,
                               OffsetDateTime revokedAt, String revocationReason, long version)
        implements Serializable {

    /** One version in the agreement's history. */
    public record VersionSummary(int number, OffsetDateTime createdAt, String createdBy, boolean clientSigned,
                                 boolean providerSigned) implements Serializable {
    }

    static AgreementDetails of(DataSharingAgreement agreement, AgreementVersion shown) {
        AgreementVersion previous = agreement.versionNumber(shown.number() - 1).orElse(null);
        List<VersionSummary> versions = agreement.versions().stream()
                .map(v -> new VersionSummary(v.number(), v.createdAt(), v.createdBy().displayName(),
                        v.signatureOf(Party.CLIENT).isPresent(), v.signatureOf(Party.PROVIDER).isPresent()))
                .toList();
        return new AgreementDetails(agreement.id(), agreement.workspaceId(), agreement.title(), agreement.status(),
                agreement.current().number(), agreement.workspace().client().name(),
                agreement.workspace().provider().name(), agreement.workspace().client().country().code(),
                VersionDetails.of(shown, previous), versions, agreement.revokedParty(),
                agreement.revokedBy() == null ? null : agreement.revokedBy().displayName(), agreement.revokedAt(),
                agreement.revocationReason(), agreement.version());
    }

    public boolean showsCurrent() {
        return shown.number() == currentVersion;
    }
}

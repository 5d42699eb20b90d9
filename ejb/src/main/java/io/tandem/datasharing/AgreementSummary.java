package io.tandem.datasharing;

import io.tandem.platform.Country;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One agreement in a list (a workspace's, or the register across workspaces): its current
 * version's direction, categories, the furthest of its locations and its dates.
 */
public record AgreementSummary(long id, long workspaceId, String workspaceName, String providerName, String title,
                               AgreementStatus status, int currentVersion, SharingDirection direction,
                               List<DataCategory> categories, LocationClass furthestLocation, LocalDate reviewDate,
                               LocalDate expiresOn) implements Serializable {

    static AgreementSummary of(DataSharingAgreement agreement) {
        AgreementTerms terms = agreement.current().terms();
        Country client = agreement.workspace().client().country();
        return new AgreementSummary(agreement.id(), agreement.workspaceId(), agreement.workspace().name(),
                agreement.workspace().provider().name(), agreement.title(), agreement.status(),
                agreement.current().number(), terms.direction(),
                terms.categories().stream().map(CategoryTerm::category).toList(), terms.furthest(client),
                terms.reviewDate(), terms.expiresOn());
    }
}

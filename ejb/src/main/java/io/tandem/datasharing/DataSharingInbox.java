package io.tandem.datasharing;

import io.tandem.inbox.InboxItem;
import io.tandem.inbox.InboxSource;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Agreements whose current version awaits the caller's party's signature, for its signatory; and
 * agreements in force whose review date or end date is within {@value #NOTICE_DAYS} days or past,
 * for whoever may amend them.
 */
@ApplicationScoped
public class DataSharingInbox implements InboxSource {

    static final int NOTICE_DAYS = 30;
    static final String TO_SIGN = "AGREEMENT_TO_SIGN";
    static final String REVIEW_DUE = "AGREEMENT_REVIEW_DUE";
    static final String EXPIRING = "AGREEMENT_EXPIRING";

    private static final String AGREEMENT_PAGE = "/datasharing/agreement";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Override
    public List<InboxItem> waitingFor(Collection<WorkspaceGrant> grants, LocalDate today) {
        Map<Long, WorkspaceGrant> acting = InboxSource.byWorkspace(grants,
                grant -> grant.allows(Permission.SIGN_DATA_SHARING) || grant.allows(Permission.MANAGE_DATA_SHARING));
        if (acting.isEmpty()) {
            return List.of();
        }
        List<InboxItem> items = new ArrayList<>();
        LocalDate horizon = today.plusDays(NOTICE_DAYS);
        for (DataSharingAgreement agreement : em.createQuery("""
                        select a from DataSharingAgreement a where a.workspace.id in :workspaces
                        and a.status <> :revoked order by a.title, a.id""", DataSharingAgreement.class)
                .setParameter("workspaces", acting.keySet())
                .setParameter("revoked", AgreementStatus.REVOKED)
                .getResultList()) {
            WorkspaceGrant grant = acting.get(agreement.workspaceId());
            AgreementTerms terms = agreement.current().terms();
            if (grant.allows(Permission.SIGN_DATA_SHARING) && agreement.current().signatureOf(grant.party()).isEmpty()) {
                items.add(item(TO_SIGN, grant, agreement, null, false));
            }
            if (grant.allows(Permission.MANAGE_DATA_SHARING) && agreement.status() == AgreementStatus.ACTIVE) {
                if (!terms.reviewDate().isAfter(horizon)) {
                    items.add(item(REVIEW_DUE, grant, agreement, terms.reviewDate(),
                            terms.reviewDate().isBefore(today)));
                }
                if (terms.expiresOn() != null && !terms.expiresOn().isAfter(horizon)) {
                    items.add(item(EXPIRING, grant, agreement, terms.expiresOn(), terms.expiresOn().isBefore(today)));
                }
            }
        }
        return items;
    }

    private static InboxItem item(String kind, WorkspaceGrant grant, DataSharingAgreement agreement, LocalDate due,
                                  boolean overdue) {
        return new InboxItem(kind, grant.workspaceId(), grant.workspaceName(), agreement.id(), agreement.title(), null,
                due, overdue, AGREEMENT_PAGE, "agreement");
    }
}

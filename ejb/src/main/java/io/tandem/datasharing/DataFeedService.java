package io.tandem.datasharing;

import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import io.tandem.tenancy.WorkspaceScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The feed log: what was shared under which agreement, when, by whom, how many rows. */
@Stateless
@Tenancy
public class DataFeedService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    public List<FeedDetails> feeds(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_DATA_SHARING);
        return em.createQuery("""
                        select f from DataFeed f join fetch f.agreement join fetch f.recordedBy
                        where f.workspaceId = :workspace order by f.recordedAt desc, f.id desc""", DataFeed.class)
                .setParameter("workspace", workspaceId)
                .getResultList().stream().map(FeedDetails::of).toList();
    }

    /**
     * Records data shared under the agreement, which must be in force for the category (in the
     * direction it names) today; imports call this after {@link DataSharingCheck#requireActiveAgreement}.
     */
    public FeedDetails recordFeed(long workspaceId, long agreementId, DataCategory category, long rows,
                                  String description) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.RECORD_DATA_FEEDS);
        DataSharingAgreement agreement = new WorkspaceScope(em, workspaceId).find(DataSharingAgreement.class,
                agreementId, DataSharingAgreement::workspaceId);
        if (category != null) {
            agreement.refusalFor(category, agreement.current().terms().direction(), LocalDate.now(clock))
                    .ifPresent(refusal -> {
                        throw refusal;
                    });
        }
        DataFeed feed = new DataFeed(agreement, category, rows, description,
                em.find(UserAccount.class, grant.callerId()), OffsetDateTime.now(clock));
        em.persist(feed);
        em.flush();
        return FeedDetails.of(feed);
    }
}

package io.tandem.datasharing;

import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.Workspace;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A workspace's data-sharing agreements: read by its members, drafted and amended by either
 * party, signed and revoked by each party's signatory; and the register of every agreement the
 * caller may see across workspaces.
 */
@Stateless
@Tenancy
public class DataSharingService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    private final Clock clock = Clock.systemUTC();

    public List<AgreementSummary> agreements(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_DATA_SHARING);
        return em.createQuery("""
                        select a from DataSharingAgreement a join fetch a.workspace w join fetch w.client
                        join fetch w.provider where w.id = :workspace order by a.title, a.id""",
                        DataSharingAgreement.class)
                .setParameter("workspace", workspaceId)
                .getResultList().stream().map(AgreementSummary::of).toList();
    }

    /** Every agreement in every workspace the caller sees and may read agreements in, by workspace then title. */
    public List<AgreementSummary> register() {
        List<Long> readable = access.all().stream().filter(grant -> grant.allows(Permission.VIEW_DATA_SHARING))
                .map(WorkspaceGrant::workspaceId).toList();
        if (readable.isEmpty()) {
            return List.of();
        }
        List<AgreementSummary> all = new ArrayList<>(em.createQuery("""
                        select a from DataSharingAgreement a join fetch a.workspace w join fetch w.client
                        join fetch w.provider where w.id in :workspaces order by a.title, a.id""",
                        DataSharingAgreement.class)
                .setParameter("workspaces", readable)
                .getResultList().stream().map(AgreementSummary::of).toList());
        all.sort(Comparator.comparing(AgreementSummary::workspaceName).thenComparing(AgreementSummary::title));
        return List.copyOf(all);
    }

    public AgreementDetails agreement(long workspaceId, long agreementId) {
        access.require(workspaceId).require(Permission.VIEW_DATA_SHARING);
        DataSharingAgreement agreement = find(workspaceId, agreementId);
        return AgreementDetails.of(agreement, agreement.current());
    }

    /** The agreement showing one of its versions, earlier ones included. */
    public AgreementDetails version(long workspaceId, long agreementId, int number) {
        access.require(workspaceId).require(Permission.VIEW_DATA_SHARING);
        DataSharingAgreement agreement = find(workspaceId, agreementId);
        return AgreementDetails.of(agreement, agreement.versionNumber(number).orElseThrow(NotFoundException::new));
    }

    /** What changed from one version to another (either order). */
    public List<TermsDiff.Change> diff(long workspaceId, long agreementId, int from, int to) {
        access.require(workspaceId).require(Permission.VIEW_DATA_SHARING);
        DataSharingAgreement agreement = find(workspaceId, agreementId);
        return TermsDiff.between(agreement.versionNumber(from).orElseThrow(NotFoundException::new).terms(),
                agreement.versionNumber(to).orElseThrow(NotFoundException::new).terms());
    }

    public AgreementDetails create(long workspaceId, String title, AgreementTerms terms) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.MANAGE_DATA_SHARING);
        DataSharingAgreement agreement = new DataSharingAgreement(em.find(Workspace.class, workspaceId), title,
                terms, caller(grant), now());
        em.persist(agreement);
        em.flush();
        return AgreementDetails.of(agreement, agreement.current());
    }

    public AgreementDetails amend(long workspaceId, long agreementId, long version, String title,
                                  AgreementTerms terms) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.MANAGE_DATA_SHARING);
        DataSharingAgreement agreement = forChange(workspaceId, agreementId, version);
        agreement.amend(title, terms, caller(grant), now());
        return flushed(agreement);
    }

    /** The caller signs the current version for their party, having read the agreement at {@code version}. */
    public AgreementDetails sign(long workspaceId, long agreementId, long version) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.SIGN_DATA_SHARING);
        DataSharingAgreement agreement = forChange(workspaceId, agreementId, version);
        agreement.sign(grant.party(), caller(grant), agreement.workspace().client().country(), today(), now());
        return flushed(agreement);
    }

    public AgreementDetails revoke(long workspaceId, long agreementId, long version, String reason) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.SIGN_DATA_SHARING);
        DataSharingAgreement agreement = forChange(workspaceId, agreementId, version);
        agreement.revoke(grant.party(), caller(grant), reason, now());
        return flushed(agreement);
    }

    private DataSharingAgreement forChange(long workspaceId, long agreementId, long version) {
        DataSharingAgreement agreement = find(workspaceId, agreementId);
        WorkspaceScope.requireVersion(agreement, agreement.version(), version);
        return agreement;
    }

    private AgreementDetails flushed(DataSharingAgreement agreement) {
        em.flush();
        return AgreementDetails.of(agreement, agreement.current());
    }

    private DataSharingAgreement find(long workspaceId, long agreementId) {
        return new WorkspaceScope(em, workspaceId).find(DataSharingAgreement.class, agreementId,
                DataSharingAgreement::workspaceId);
    }

    private UserAccount caller(WorkspaceGrant grant) {
        return em.find(UserAccount.class, grant.callerId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

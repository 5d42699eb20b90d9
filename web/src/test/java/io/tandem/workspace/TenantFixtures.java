package io.tandem.workspace;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Builds a fresh, uniquely named set of tenants for one test, so in-container tests never see
 * each other's data or depend on the demo data. Runs inside the deployment.
 */
@Stateless
public class TenantFixtures {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    /** One client with a workspace for each of two providers, and a user for each kind of access. */
    public record TwoEngagements(String tag, long withFirstProvider, long withSecondProvider,
                                 String relationshipManager, String firstAccountManager, String secondAccountManager,
                                 String portfolioViewer, String firstProviderAdmin, String platformAdmin) {
    }

    public TwoEngagements twoEngagements() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Organisation client = persist(new Organisation("Client " + tag, OrganisationKind.CLIENT));
        Organisation first = persist(new Organisation("First provider " + tag, OrganisationKind.PROVIDER));
        Organisation second = persist(new Organisation("Second provider " + tag, OrganisationKind.PROVIDER));
        Workspace withFirst = persist(new Workspace("A: first " + tag, client, first));
        Workspace withSecond = persist(new Workspace("B: second " + tag, client, second));

        UserAccount rm = user(client, "rm", tag);
        member(rm, withFirst, Role.CLIENT_RELATIONSHIP_MANAGER);
        member(rm, withSecond, Role.CLIENT_RELATIONSHIP_MANAGER);
        UserAccount firstAm = user(first, "am1", tag);
        member(firstAm, withFirst, Role.PROVIDER_ACCOUNT_MANAGER);
        UserAccount secondAm = user(second, "am2", tag);
        member(secondAm, withSecond, Role.PROVIDER_ACCOUNT_MANAGER);
        UserAccount portfolio = user(client, "portfolio", tag);
        portfolio.grantOrganisationRole(OrganisationRole.PORTFOLIO_VIEWER);
        UserAccount firstAdmin = user(first, "admin1", tag);
        firstAdmin.grantOrganisationRole(OrganisationRole.ORG_ADMIN);
        UserAccount platform = persist(UserAccount.platformAdministrator("platform-" + tag + "@tandem.example",
                "Platform " + tag, "not-a-usable-hash"));
        return new TwoEngagements(tag, withFirst.id(), withSecond.id(), rm.email(), firstAm.email(), secondAm.email(),
                portfolio.email(), firstAdmin.email(), platform.email());
    }

    private UserAccount user(Organisation organisation, String who, String tag) {
        return persist(UserAccount.member(organisation, who + "-" + tag + "@test.example", who + " " + tag,
                "not-a-usable-hash"));
    }

    private void member(UserAccount user, Workspace workspace, Role role) {
        persist(new Membership(user, workspace, role));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}

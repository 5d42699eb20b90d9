package io.tandem.workspace;

import io.tandem.platform.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Builds a fresh, uniquely named set of tenants for one test, so in-container tests never see
 * each other's data or depend on the demo data. Writes as the schema owner, beneath row-level
 * security (this connection never switches to tandem_app; see {@link FixtureRows}), the way an
 * operator's data load would; what the tests then do goes through the services. Every fixture
 * user's password is {@link #PASSWORD}. Tests that run as clients share one set of tenants of
 * their own instead: {@link SharedFixtures}.
 */
@Stateless
public class TenantFixtures {

    public static final String PASSWORD = "fixture-password-1";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource owner;

    @Inject
    Passwords passwords;

    /** One client with a workspace for each of two providers, and a user for each kind of access. */
    public record TwoEngagements(String tag, long withFirstProvider, long withSecondProvider,
                                 String relationshipManager, String procurement, String analyst, String firstAccountManager,
                                 String firstTeamMember, String secondAccountManager, String reviewer,
                                 String portfolioViewer, String clientAdmin, String firstProviderAdmin,
                                 String platformAdmin) {
    }

    public TwoEngagements twoEngagements() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = owner.getConnection()) {
            FixtureRows rows = FixtureRows.on(db, passwords);
            long client = rows.organisation("Client " + tag, "CLIENT");
            long first = rows.organisation("First provider " + tag, "PROVIDER");
            long second = rows.organisation("Second provider " + tag, "PROVIDER");
            long reviewers = rows.organisation("Reviewers " + tag, "REVIEWER");
            long withFirst = rows.workspace("A: first " + tag, client, first);
            long withSecond = rows.workspace("B: second " + tag, client, second);
            String rm = user(rows, client, "rm", tag, null);
            rows.member(rm, withFirst, "CLIENT_RELATIONSHIP_MANAGER");
            rows.member(rm, withSecond, "CLIENT_RELATIONSHIP_MANAGER");
            String procurement = user(rows, client, "procurement", tag, null);
            rows.member(procurement, withFirst, "PROCUREMENT");
            String analyst = user(rows, client, "analyst", tag, null);
            rows.member(analyst, withFirst, "CLIENT_ANALYST");
            String firstAm = user(rows, first, "am1", tag, null);
            rows.member(firstAm, withFirst, "PROVIDER_ACCOUNT_MANAGER");
            String firstTeam = user(rows, first, "team1", tag, null);
            rows.member(firstTeam, withFirst, "PROVIDER_TEAM_MEMBER");
            String secondAm = user(rows, second, "am2", tag, null);
            rows.member(secondAm, withSecond, "PROVIDER_ACCOUNT_MANAGER");
            String reviewer = user(rows, reviewers, "reviewer", tag, null);
            rows.member(reviewer, withFirst, "EXTERNAL_REVIEWER");
            String portfolio = user(rows, client, "portfolio", tag, "PORTFOLIO_VIEWER");
            String clientAdmin = user(rows, client, "admin", tag, "ORG_ADMIN");
            String firstAdmin = user(rows, first, "admin1", tag, "ORG_ADMIN");
            String platform = "platform-" + tag + "@tandem.example";
            rows.platformAdmin(platform, "Platform " + tag);
            return new TwoEngagements(tag, withFirst, withSecond, rm, procurement, analyst, firstAm, firstTeam, secondAm,
                    reviewer, portfolio, clientAdmin, firstAdmin, platform);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String user(FixtureRows rows, long organisation, String who, String tag, String organisationRole)
            throws SQLException {
        String email = who + "-" + tag + "@test.example";
        rows.user(organisation, email, who + " " + tag, organisationRole);
        return email;
    }
}

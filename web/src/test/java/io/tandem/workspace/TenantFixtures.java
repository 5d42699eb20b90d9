package io.tandem.workspace;

import io.tandem.platform.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Builds a fresh, uniquely named set of tenants for one test, so in-container tests never see
 * each other's data or depend on the demo data. Writes as the schema owner, beneath row-level
 * security and the audit trail (this connection never switches to tandem_app), the way an
 * operator's data load would; what the tests then do
 * goes through the services. Every fixture user's password is {@link #PASSWORD}.
 */
@Stateless
public class TenantFixtures {

    public static final String PASSWORD = "fixture-password-1";
    private static volatile String passwordHash;

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
            long client = organisation(db, "Client " + tag, "CLIENT");
            long first = organisation(db, "First provider " + tag, "PROVIDER");
            long second = organisation(db, "Second provider " + tag, "PROVIDER");
            long reviewers = organisation(db, "Reviewers " + tag, "REVIEWER");
            long withFirst = workspace(db, "A: first " + tag, client, first);
            long withSecond = workspace(db, "B: second " + tag, client, second);
            String rm = user(db, client, "rm", tag, null);
            member(db, rm, withFirst, "CLIENT_RELATIONSHIP_MANAGER");
            member(db, rm, withSecond, "CLIENT_RELATIONSHIP_MANAGER");
            String procurement = user(db, client, "procurement", tag, null);
            member(db, procurement, withFirst, "PROCUREMENT");
            String analyst = user(db, client, "analyst", tag, null);
            member(db, analyst, withFirst, "CLIENT_ANALYST");
            String firstAm = user(db, first, "am1", tag, null);
            member(db, firstAm, withFirst, "PROVIDER_ACCOUNT_MANAGER");
            String firstTeam = user(db, first, "team1", tag, null);
            member(db, firstTeam, withFirst, "PROVIDER_TEAM_MEMBER");
            String secondAm = user(db, second, "am2", tag, null);
            member(db, secondAm, withSecond, "PROVIDER_ACCOUNT_MANAGER");
            String reviewer = user(db, reviewers, "reviewer", tag, null);
            member(db, reviewer, withFirst, "EXTERNAL_REVIEWER");
            String portfolio = user(db, client, "portfolio", tag, "PORTFOLIO_VIEWER");
            String clientAdmin = user(db, client, "admin", tag, "ORG_ADMIN");
            String firstAdmin = user(db, first, "admin1", tag, "ORG_ADMIN");
            String platform = "platform-" + tag + "@tandem.example";
            insert(db, """
                    insert into user_accounts (organisation_id, email, display_name, password_hash, platform_admin)
                    values (null, ?, ?, ?, true) returning id""", platform, "Platform " + tag, hash());
            return new TwoEngagements(tag, withFirst, withSecond, rm, procurement, analyst, firstAm, firstTeam, secondAm,
                    reviewer, portfolio, clientAdmin, firstAdmin, platform);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash() {
        if (passwordHash == null) {
            passwordHash = passwords.hashNew(PASSWORD, "");
        }
        return passwordHash;
    }

    private long organisation(Connection db, String name, String kind) throws SQLException {
        return insert(db, "insert into organisations (name, kind) values (?, ?) returning id", name, kind);
    }

    private long workspace(Connection db, String name, long client, long provider) throws SQLException {
        return insert(db, """
                insert into workspaces (name, client_organisation_id, provider_organisation_id)
                values (?, ?, ?) returning id""", name, client, provider);
    }

    private String user(Connection db, long organisation, String who, String tag, String organisationRole)
            throws SQLException {
        String email = who + "-" + tag + "@test.example";
        insert(db, """
                insert into user_accounts (organisation_id, email, display_name, password_hash, organisation_role)
                values (?, ?, ?, ?, ?) returning id""", organisation, email, who + " " + tag, hash(), organisationRole);
        return email;
    }

    private void member(Connection db, String email, long workspace, String role) throws SQLException {
        insert(db, """
                insert into memberships (user_account_id, workspace_id, role)
                select id, ?, ? from user_accounts where email = ? returning id""", workspace, role, email);
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet keys = statement.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}

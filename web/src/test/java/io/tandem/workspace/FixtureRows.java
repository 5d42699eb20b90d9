package io.tandem.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rows for test fixtures, written on one schema-owner connection beneath row-level security (the
 * audit trail still records them, with no actor), the way an operator's data load would. Every
 * user gets the hash of {@link TenantFixtures#PASSWORD}.
 */
final class FixtureRows {

    private static volatile String passwordHash;

    private final Connection db;

    private FixtureRows(Connection db) {
        this.db = db;
    }

    static FixtureRows on(Connection db, Passwords passwords) {
        if (passwordHash == null) {
            passwordHash = passwords.hashNew(TenantFixtures.PASSWORD, "");
        }
        return new FixtureRows(db);
    }

    long organisation(String name, String kind) throws SQLException {
        return insert("insert into organisations (name, kind) values (?, ?) returning id", name, kind);
    }

    long workspace(String name, long client, long provider) throws SQLException {
        return insert("""
                insert into workspaces (name, client_organisation_id, provider_organisation_id)
                values (?, ?, ?) returning id""", name, client, provider);
    }

    /** A user of the organisation, with an organisation-wide role or none (null). */
    long user(long organisation, String email, String displayName, String organisationRole) throws SQLException {
        return insert("""
                insert into user_accounts (organisation_id, email, display_name, password_hash, organisation_role)
                values (?, ?, ?, ?, ?) returning id""", organisation, email, displayName, passwordHash,
                organisationRole);
    }

    long platformAdmin(String email, String displayName) throws SQLException {
        return insert("""
                insert into user_accounts (organisation_id, email, display_name, password_hash, platform_admin)
                values (null, ?, ?, ?, true) returning id""", email, displayName, passwordHash);
    }

    void member(String email, long workspace, String role) throws SQLException {
        insert("""
                insert into memberships (user_account_id, workspace_id, role)
                select id, ?, ? from user_accounts where email = ? returning id""", workspace, role, email);
    }

    /** Runs an insert ending in {@code returning id} and answers that id. */
    long insert(String sql, Object... values) throws SQLException {
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

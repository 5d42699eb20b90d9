package io.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.web.health.DatabaseReadiness;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Inject
    MigrationStatus status;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void everyMigrationRanSuccessfullyAtStartUp() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet failed = statement.executeQuery(
                     "select count(*) from flyway_schema_history where not success");
             ) {
            failed.next();
            assertEquals(0, failed.getInt(1));
        }
        assertTrue(status.outcome().applied(), status.outcome().toString());
    }

    @Test
    void readinessIsUpOnceMigratedAndTheDatabaseAnswers() {
        HealthCheckResponse response = readiness.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("APPLIED", response.getData().orElseThrow().get("migration"));
    }

    @Test
    void readinessIsDownWhileMigrationIsPendingOrFailed() {
        MigrationOutcome real = status.outcome();
        try {
            status.record(new MigrationOutcome(MigrationOutcome.State.FAILED, "checksum mismatch"));
            HealthCheckResponse response = readiness.call();
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertEquals("checksum mismatch", response.getData().orElseThrow().get("detail"));
        } finally {
            status.record(real);
        }
    }

    @Test
    void everyBusinessTableIsAuditedAndEveryWorkspaceTableIsRowSecured() throws SQLException {
        // Not audited: contract_document_contents holds the bytes of documents whose audited
        // metadata carries their SHA-256; an event snapshots its whole row, and a file's
        // megabytes do not belong in every link of the hash chain. It is row-secured all the same.
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet unaudited = statement.executeQuery("""
                     select string_agg(c.relname, ',' order by c.relname) from pg_class c
                     join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                     where c.relkind = 'r'
                       and c.relname not in ('flyway_schema_history', 'audit_events', 'sign_in_attempts',
                                         'contract_document_contents')
                       and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid
                                       and t.tgfoid = 'tandem_audit_row'::regproc)""")) {
            unaudited.next();
            assertEquals(null, unaudited.getString(1), "tables without the audit trigger");
        }
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet unsecured = statement.executeQuery("""
                     select string_agg(c.relname, ',' order by c.relname) from pg_class c
                     join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                     where c.relkind = 'r' and not c.relrowsecurity
                       and (c.relname = 'workspaces' or exists (select 1 from pg_attribute a
                            where a.attrelid = c.oid and a.attname = 'workspace_id' and not a.attisdropped))""")) {
            unsecured.next();
            assertEquals(null, unsecured.getString(1), "workspace-scoped tables without row-level security");
        }
    }

    @Test
    void demoDataGivesEveryRoleALogin() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet roles = statement.executeQuery("""
                     select count(distinct m.role) from memberships m
                     join user_accounts u on u.id = m.user_account_id
                     where u.email like '%.example' and u.email not like '%@test.example'""")) {
            roles.next();
            assertEquals(6, roles.getInt(1));
        }
    }
}

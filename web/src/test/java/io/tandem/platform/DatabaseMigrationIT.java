package io.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.tenancy.Role;
import io.tandem.web.health.DatabaseReadiness;
import io.tandem.workspace.TenantFixtures;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
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

    @Inject
    TenantFixtures fixtures;

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
        // Nor workspace_roles (V9): reference data only migrations write; tandem_app may only read it.
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet unaudited = statement.executeQuery("""
                     select string_agg(c.relname, ',' order by c.relname) from pg_class c
                     join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                     where c.relkind in ('r', 'p') and not c.relispartition
                       and c.relname not in ('flyway_schema_history', 'audit_events', 'sign_in_attempts',
                                         'contract_document_contents', 'workspace_roles', 'interactions',
                                         'kpi_intervals', 'dashboard_volumes', 'improvement_idea_attachment_contents')
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
                     where c.relkind in ('r', 'p') and not c.relispartition and not c.relrowsecurity
                       and (c.relname = 'workspaces' or exists (select 1 from pg_attribute a
                            where a.attrelid = c.oid and a.attname = 'workspace_id' and not a.attisdropped))""")) {
            unsecured.next();
            assertEquals(null, unsecured.getString(1), "workspace-scoped tables without row-level security");
        }
    }

    /**
     * How a table is secured, with its own name written as {@code <table>}: row-level security,
     * policies, tandem_app's privileges on it and its sequences, and its audit triggers.
     */
    private static final String SECURITY = """
            select format('rls=%s forced=%s policies=[%s] grants=[%s] sequences=[%s] audit=[%s]',
                c.relrowsecurity, c.relforcerowsecurity,
                (select string_agg(concat_ws(' ', replace(p.policyname, c.relname, '<table>'), p.permissive,
                                             p.roles::text, p.cmd, p.qual, p.with_check), '; ' order by p.policyname)
                 from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname),
                (select string_agg(a.privilege_type, ',' order by a.privilege_type)
                 from aclexplode(c.relacl) a where a.grantee = 'tandem_app'::regrole),
                (select string_agg(a.privilege_type, ',' order by a.privilege_type)
                 from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S'
                 cross join aclexplode(s.relacl) a
                 where d.refobjid = c.oid and d.classid = 'pg_class'::regclass and a.grantee = 'tandem_app'::regrole),
                (select string_agg(concat_ws(' ', replace(t.tgname, c.relname, '<table>'), t.tgfoid::regproc,
                                             t.tgtype, t.tgenabled, encode(t.tgargs, 'escape')), '; ' order by t.tgname)
                 from pg_trigger t where t.tgrelid = c.oid and t.tgfoid = 'tandem_audit_row'::regproc))
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.oid = ?::regclass""";

    @Test
    void oneCallSecuresAWorkspaceTableExactlyAsEachTableSecuredByHand() throws SQLException {
        // each variant in use: the table secured by hand, and the arguments that reproduce it
        Map<String, String> variants = Map.of(
                "contracts", "",
                "dispute_messages", ", 'select, insert'",
                "contract_documents", ", 'select, insert, delete'",
                "internal_notes", ", 'select, insert, update, delete', 'private_to_party'",
                "contract_document_contents", ", 'select, insert', p_audited => false");
        inRolledBackTransaction(connection -> assertEquals("rls=t forced=f "
                + "policies=[<table>_isolation PERMISSIVE {public} ALL (workspace_id IN ( SELECT v.workspace_id\n"
                + "   FROM tandem_visible_workspaces() v(workspace_id, party)))] "
                + "grants=[INSERT,SELECT,UPDATE] sequences=[SELECT,USAGE] "
                + "audit=[<table>_audit tandem_audit_row 29 O workspace_id\\000]", security(connection, "contracts")));
        for (Map.Entry<String, String> variant : variants.entrySet()) {
            String table = variant.getKey();
            inRolledBackTransaction(connection -> {
                execute(connection, "create table secured_probe (like " + table + " including all)");
                execute(connection, "select tandem_secure_workspace_table('secured_probe'" + variant.getValue() + ")");
                assertEquals(security(connection, table), security(connection, "secured_probe"), table);

                execute(connection, "select tandem_secure_workspace_table('secured_probe'" + variant.getValue() + ")");
                assertEquals(security(connection, table), security(connection, "secured_probe"), "again: " + table);
            });
        }
    }

    @Test
    void securingATableRefusesOneWithoutWorkspaceOrWithUnknownPrivileges() throws SQLException {
        inRolledBackTransaction(connection -> {
            execute(connection, "create table unscoped_probe (id bigint primary key)");
            SQLException refused = assertThrows(SQLException.class,
                    () -> execute(connection, "select tandem_secure_workspace_table('unscoped_probe')"));
            assertTrue(refused.getMessage().contains("table unscoped_probe has no workspace_id column"),
                    refused.getMessage());
        });
        inRolledBackTransaction(connection -> {
            execute(connection, "create table secured_probe (like contracts including all)");
            SQLException refused = assertThrows(SQLException.class, () -> execute(connection,
                    "select tandem_secure_workspace_table('secured_probe', 'select, truncate')"));
            assertTrue(refused.getMessage().contains("must be among select, insert, update, delete"),
                    refused.getMessage());
        });
        inRolledBackTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet callable = statement.executeQuery("select has_function_privilege('tandem_app', "
                         + "'tandem_secure_workspace_table(regclass, text, text, boolean)', 'execute')")) {
                callable.next();
                assertFalse(callable.getBoolean(1), "the application role may secure tables");
            }
        });
    }

    private static String security(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SECURITY)) {
            statement.setString(1, table);
            try (ResultSet security = statement.executeQuery()) {
                security.next();
                return security.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs DDL that leaves no trace: the throwaway tables go with the rollback. */
    private void inRolledBackTransaction(SqlWork work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
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

    @Test
    void everyRoleActsForTheSameSideInJavaAndInSql() throws SQLException {
        Map<String, String> inSql = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet roles = statement.executeQuery("select role, party from workspace_roles")) {
            while (roles.next()) {
                inSql.put(roles.getString(1), roles.getString(2));
            }
        }
        Map<String, String> inJava = new TreeMap<>();
        for (Role role : Role.values()) {
            inJava.put(role.name(), role.party().name());
        }

        assertEquals(inJava, inSql);
    }

    @Test
    void aMembershipWithARoleSqlDoesNotKnowIsRefused() throws SQLException {
        long workspace = fixtures.twoEngagements().withFirstProvider();
        inRolledBackTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update memberships set role = 'SUPER_USER' where workspace_id = ?")) {
                statement.setLong(1, workspace);
                SQLException refused = assertThrows(SQLException.class, statement::executeUpdate);
                assertTrue(refused.getMessage().contains("memberships_role_known"), refused.getMessage());
            }
        });
    }
}

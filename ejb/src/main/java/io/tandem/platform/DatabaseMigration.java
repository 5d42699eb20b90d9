package io.tandem.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application starts, before any other
 * component touches the database. The outcome is kept for the readiness check: a failed
 * migration leaves the instance running but not ready ({@link MigrationStatus}), so a load
 * balancer never routes to it.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=TANDEM_DB_URL}",
        user = "${ENV=TANDEM_DB_USER}",
        password = "${ENV=TANDEM_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 20)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/tandem";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    MigrationStatus status;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoDataWanted()) {
            locations.add("classpath:db/demo");
        }
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            String version = Optional.ofNullable(result.targetSchemaVersion)
                    .orElse(result.initialSchemaVersion);
            status.record(MigrationOutcome.applied(version));
            LOG.info(() -> "Database schema is at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now)");
        } catch (RuntimeException e) {
            status.record(MigrationOutcome.failed(e.getMessage()));
            LOG.log(Level.SEVERE, "Database migration failed; this instance will report not ready", e);
        }
    }

    private static boolean demoDataWanted() {
        return Boolean.parseBoolean(System.getenv("TANDEM_DEMO_DATA"));
    }
}

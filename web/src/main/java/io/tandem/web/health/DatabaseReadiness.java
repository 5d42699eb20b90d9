package io.tandem.web.health;

import io.tandem.platform.DatabaseMigration;
import io.tandem.platform.MigrationOutcome;
import io.tandem.platform.MigrationStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema migrations have been applied and the database answers now.
 * Lives in the web module because Payara Server registers health checks from web modules only.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "tandem-database";
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Inject
    MigrationStatus migration;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        MigrationOutcome outcome = migration.outcome();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("migration", outcome.state().name())
                .withData("detail", String.valueOf(outcome.detail()));
        if (!outcome.applied()) {
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(VALIDATION_TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            return response.withData("database", "unreachable").down().build();
        }
    }
}

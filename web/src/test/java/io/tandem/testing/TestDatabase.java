package io.tandem.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts an embedded PostgreSQL once for the whole integration-test run, on the port the
 * build passed to the server as TANDEM_DB_URL. Does nothing for unit tests, or when the build
 * points the tests at an external server instead (profile external-db).
 */
public class TestDatabase implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("tandem.test.db.embedded")) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(Integer.getInteger("tandem.test.db.port"))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded test database did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

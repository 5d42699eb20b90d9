package io.tandem.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * PostgreSQL run from the embedded binaries, its files kept in the data directory so that
 * the data survives a restart.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";

    /**
     * Durability back on. The library is made for tests: it starts the server with {@code -F}
     * (fsync off) and {@code synchronous_commit=off}, so a crash of the machine could lose or
     * corrupt committed data. Its server settings follow {@code -F} on the command line as
     * {@code -c} options, and a later option wins.
     */
    static final Map<String, String> SERVER_CONFIG = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) throws LaunchFailure {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new LaunchFailure("Cannot create the data directory " + dataDirectory
                    + ". Set TANDEM_DATA_DIR to a directory you may write to.", e);
        }
        if (runningPostmaster(dataDirectory)) {
            throw new LaunchFailure("The data directory " + dataDirectory + " is in use by another running Tandem. "
                    + "Stop that one, or set TANDEM_DATA_DIR to another directory.");
        }
        try {
            return new EmbeddedDatabase(builder(dataDirectory).start());
        } catch (IOException | RuntimeException e) {
            throw new LaunchFailure("The embedded PostgreSQL did not start in " + dataDirectory + ": " + e.getMessage()
                    + ". Set TANDEM_DATA_DIR to another directory, or TANDEM_DB_URL to use a PostgreSQL server.", e);
        }
    }

    static EmbeddedPostgres.Builder builder(Path dataDirectory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false);
        SERVER_CONFIG.forEach(builder::setServerConfig);
        return builder;
    }

    /** A postmaster.pid left by a crash names a dead process; only a live one means "in use". */
    private static boolean runningPostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            String firstLine = Files.readAllLines(pidFile).get(0).strip();
            return ProcessHandle.of(Long.parseLong(firstLine)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The port it listens on at localhost, chosen free at start; postmaster.pid records it too. */
    int port() {
        return postgres.getPort();
    }

    LaunchSettings.ExternalDatabase connection() {
        return new LaunchSettings.ExternalDatabase(postgres.getJdbcUrl(USER, "postgres"), USER, "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

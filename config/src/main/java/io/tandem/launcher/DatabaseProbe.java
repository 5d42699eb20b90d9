package io.tandem.launcher;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Tries the external database before the server starts, so that a wrong password or an
 * unreachable host is reported in one sentence instead of a stack trace from deep in Payara.
 */
final class DatabaseProbe {

    static final int MINIMUM_MAJOR_VERSION = 15;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private DatabaseProbe() {
    }

    static void check(LaunchSettings.ExternalDatabase database) throws LaunchFailure {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        int major;
        try (Connection connection = DriverManager.getConnection(database.url(), properties)) {
            major = connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw explain(e, database);
        }
        if (major < MINIMUM_MAJOR_VERSION) {
            throw new LaunchFailure("The database at TANDEM_DB_URL runs PostgreSQL " + major + "; Tandem needs "
                    + MINIMUM_MAJOR_VERSION + " or newer.");
        }
    }

    /** Turns a connection failure into a sentence naming the cause and the setting to change. */
    static LaunchFailure explain(SQLException e, LaunchSettings.ExternalDatabase database) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return new LaunchFailure("PostgreSQL refused user '" + database.user() + "': wrong user name or password. "
                    + "Check TANDEM_DB_USER and TANDEM_DB_PASSWORD.", e);
        }
        if (state.equals("3D000")) {
            return new LaunchFailure("The database named in TANDEM_DB_URL (" + database.url()
                    + ") does not exist on that server. Create it or correct TANDEM_DB_URL.", e);
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return new LaunchFailure("Cannot reach PostgreSQL at " + database.url()
                    + ": no server answered there. Check the host and port in TANDEM_DB_URL and that the server runs.", e);
        }
        return new LaunchFailure("Cannot connect to PostgreSQL at " + database.url() + ": " + e.getMessage()
                + " Check TANDEM_DB_URL, TANDEM_DB_USER and TANDEM_DB_PASSWORD.", e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

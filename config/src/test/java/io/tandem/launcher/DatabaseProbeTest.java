package io.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

    private static final LaunchSettings.ExternalDatabase DB =
            new LaunchSettings.ExternalDatabase("jdbc:postgresql://db.example.com:5432/tandem", "tandem", "wrong");

    @Test
    void wrongPasswordNamesUserAndPasswordSettings() {
        LaunchFailure failure = DatabaseProbe.explain(new SQLException("password authentication failed", "28P01"), DB);

        assertEquals("PostgreSQL refused user 'tandem': wrong user name or password. "
                + "Check TANDEM_DB_USER and TANDEM_DB_PASSWORD.", failure.getMessage());
    }

    @Test
    void missingDatabaseNamesTheUrl() {
        LaunchFailure failure = DatabaseProbe.explain(new SQLException("database does not exist", "3D000"), DB);

        assertTrue(failure.getMessage().endsWith("does not exist on that server. Create it or correct TANDEM_DB_URL."),
                failure.getMessage());
    }

    @Test
    void aPortWhereNothingListensIsReportedAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LaunchSettings.ExternalDatabase nowhere = new LaunchSettings.ExternalDatabase(
                "jdbc:postgresql://localhost:" + closedPort + "/tandem", "tandem", "x");

        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> DatabaseProbe.check(nowhere));

        assertEquals("Cannot reach PostgreSQL at jdbc:postgresql://localhost:" + closedPort + "/tandem: no server "
                + "answered there. Check the host and port in TANDEM_DB_URL and that the server runs.",
                failure.getMessage());
    }
}

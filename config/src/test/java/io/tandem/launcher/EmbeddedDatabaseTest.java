package io.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theLauncherTurnsTheLibrarysTestShortcutsOff() {
        assertEquals("on", EmbeddedDatabase.SERVER_CONFIG.get("fsync"));
        assertEquals("on", EmbeddedDatabase.SERVER_CONFIG.get("synchronous_commit"));
    }

    @Test
    void theLaunchersDatabaseWritesCommitsToDiskBeforeAnsweringThem() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            LaunchSettings.ExternalDatabase connection = database.connection();

            assertEquals("on", show(connection, "fsync"));
            assertEquals("on", show(connection, "synchronous_commit"));
            assertEquals("on", show(connection, "full_page_writes"));
        }
    }

    private static String show(LaunchSettings.ExternalDatabase database, String setting) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}

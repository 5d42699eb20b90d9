package io.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    private static final Path HOME = Path.of("/home/rita");

    @Test
    void withNothingSetTandemRunsOnPort8080WithEmbeddedDataUnderTheHomeDirectory() throws LaunchFailure {
        LaunchSettings settings = LaunchSettings.from(Map.of(), HOME);

        assertEquals(8080, settings.httpPort());
        assertEquals(Path.of("/home/rita/.tandem/data"), settings.dataDirectory());
        assertNull(settings.database());
        assertTrue(settings.demoData());
    }

    @Test
    void anExternalDatabaseIsNamedByUrlUserAndPassword() throws LaunchFailure {
        LaunchSettings settings = LaunchSettings.from(Map.of(
                "TANDEM_DB_URL", "jdbc:postgresql://db.example.com:5432/tandem",
                "TANDEM_DB_USER", "tandem",
                "TANDEM_DB_PASSWORD", "s3cret",
                "TANDEM_HTTP_PORT", "9090",
                "TANDEM_DEMO_DATA", "false"), HOME);

        assertEquals(new LaunchSettings.ExternalDatabase("jdbc:postgresql://db.example.com:5432/tandem", "tandem",
                "s3cret"), settings.database());
        assertEquals(9090, settings.httpPort());
        assertEquals(false, settings.demoData());
    }

    @Test
    void aPortOutsideTheRangeNamesTheSetting() {
        LaunchFailure failure = assertThrows(LaunchFailure.class,
                () -> LaunchSettings.from(Map.of("TANDEM_HTTP_PORT", "80800"), HOME));

        assertEquals("TANDEM_HTTP_PORT must be a port number from 1 to 65535, but is '80800'.", failure.getMessage());
    }

    @Test
    void aNonPostgresUrlIsRefused() {
        LaunchFailure failure = assertThrows(LaunchFailure.class,
                () -> LaunchSettings.from(Map.of("TANDEM_DB_URL", "jdbc:mysql://db/tandem", "TANDEM_DB_USER", "t"), HOME));

        assertTrue(failure.getMessage().startsWith("TANDEM_DB_URL must be a PostgreSQL JDBC URL"), failure.getMessage());
    }

    @Test
    void aUrlWithoutUserNamesTheMissingSetting() {
        LaunchFailure failure = assertThrows(LaunchFailure.class,
                () -> LaunchSettings.from(Map.of("TANDEM_DB_URL", "jdbc:postgresql://db/tandem"), HOME));

        assertEquals("TANDEM_DB_URL is set but TANDEM_DB_USER is not: set the database user.", failure.getMessage());
    }

    @Test
    void theServerGetsFourRequestThreadsPerProcessorUnlessToldOtherwise() throws LaunchFailure {
        assertEquals(8, LaunchSettings.from(Map.of(), HOME, 2).httpThreads());
        assertEquals(64, LaunchSettings.from(Map.of(), HOME, 16).httpThreads());
        assertEquals(3, LaunchSettings.from(Map.of("TANDEM_HTTP_THREADS", " 3 "), HOME, 2).httpThreads());
    }

    @Test
    void aThreadCountThatIsNoPositiveNumberNamesTheSetting() {
        for (String value : new String[] {"0", "1025", "eight", ""}) {
            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> LaunchSettings.from(Map.of("TANDEM_HTTP_THREADS", value), HOME, 2));

            assertEquals("TANDEM_HTTP_THREADS must be a number of threads from 1 to 1024, but is '" + value + "'.",
                    failure.getMessage());
        }
    }

    @Test
    void theServerIsStartedWithTheJavaOptionsAndAsManyRequestThreadsAtLeastAsAtMost() throws LaunchFailure {
        LaunchSettings settings = LaunchSettings.from(Map.of("TANDEM_JAVA_OPTS", " -Xmx1g  -XX:+UseSerialGC ",
                "TANDEM_HTTP_PORT", "9090", "TANDEM_HTTP_THREADS", "6"), HOME, 2);

        assertEquals(List.of("/jdk/bin/java", "-Xmx1g", "-XX:+UseSerialGC",
                "-jar", "/opt/tandem/payara-micro.jar", "--nocluster", "--port", "9090",
                "--minHttpThreads", "6", "--maxHttpThreads", "6", "--contextroot", "/",
                "--postbootcommandfile", "/opt/tandem/payara/post-boot-commands.asadmin",
                "--logproperties", "/opt/tandem/payara/logging.properties",
                "--deploy", "/opt/tandem/tandem.war"),
                settings.serverCommand(Path.of("/jdk/bin/java"), Path.of("/opt/tandem")));
    }

    @Test
    void emptyJavaOptionsMeanNoneRatherThanAnEmptyArgument() throws LaunchFailure {
        for (String blank : new String[] {"", "   "}) {
            List<String> command = LaunchSettings.from(Map.of("TANDEM_JAVA_OPTS", blank), HOME, 2)
                    .serverCommand(Path.of("/jdk/bin/java"), Path.of("/opt/tandem"));

            assertEquals(List.of("/jdk/bin/java", "-jar", "/opt/tandem/payara-micro.jar"), command.subList(0, 3));
        }
    }
}

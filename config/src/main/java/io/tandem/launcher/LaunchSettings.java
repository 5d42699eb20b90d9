package io.tandem.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's settings, all from environment variables so the same names work for the
 * launcher, the application and a container deployment.
 *
 * @param httpPort      TANDEM_HTTP_PORT, default 8080
 * @param dataDirectory TANDEM_DATA_DIR, default ~/.tandem/data: the embedded PostgreSQL's files
 * @param database      TANDEM_DB_URL, TANDEM_DB_USER, TANDEM_DB_PASSWORD; null means embedded
 * @param demoData      TANDEM_DEMO_DATA, default true: load the demo tenants and users
 * @param javaOptions   TANDEM_JAVA_OPTS: JVM options for the server process
 */
record LaunchSettings(int httpPort, Path dataDirectory, ExternalDatabase database, boolean demoData,
                      String javaOptions) {

    static final int DEFAULT_HTTP_PORT = 8080;
    static final String DEFAULT_JAVA_OPTIONS = "-Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    record ExternalDatabase(String url, String user, String password) {
    }

    static LaunchSettings from(Map<String, String> env, Path home) throws LaunchFailure {
        int port = parsePort(env.getOrDefault("TANDEM_HTTP_PORT", String.valueOf(DEFAULT_HTTP_PORT)));
        Path data = Path.of(env.getOrDefault("TANDEM_DATA_DIR", home.resolve(".tandem/data").toString()))
                .toAbsolutePath();
        ExternalDatabase database = null;
        String url = blankToNull(env.get("TANDEM_DB_URL"));
        if (url != null) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new LaunchFailure("TANDEM_DB_URL must be a PostgreSQL JDBC URL such as "
                        + "jdbc:postgresql://db.example.com:5432/tandem, but is " + url);
            }
            String user = blankToNull(env.get("TANDEM_DB_USER"));
            if (user == null) {
                throw new LaunchFailure("TANDEM_DB_URL is set but TANDEM_DB_USER is not: set the database user.");
            }
            database = new ExternalDatabase(url, user, env.getOrDefault("TANDEM_DB_PASSWORD", ""));
        }
        boolean demo = Boolean.parseBoolean(env.getOrDefault("TANDEM_DEMO_DATA", "true"));
        String javaOptions = env.getOrDefault("TANDEM_JAVA_OPTS", DEFAULT_JAVA_OPTIONS);
        return new LaunchSettings(port, data, database, demo, javaOptions);
    }

    private static int parsePort(String value) throws LaunchFailure {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LaunchFailure("TANDEM_HTTP_PORT must be a port number from 1 to 65535, but is '" + value + "'.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

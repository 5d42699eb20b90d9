package io.tandem.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * @param httpThreads   TANDEM_HTTP_THREADS, default four per processor: the server's request threads
 */
record LaunchSettings(int httpPort, Path dataDirectory, ExternalDatabase database, boolean demoData,
                      String javaOptions, int httpThreads) {

    static final int DEFAULT_HTTP_PORT = 8080;
    /**
     * Full tiered compilation, its optimising compiler (C2) taking a method only after about eight
     * times the usual calls. {@code -XX:TieredStopAtLevel=1} (C1 only) started as soon but left a
     * warmed server's pages at about twice the CPU; C2 at its usual thresholds spent the start-up
     * on code that runs only then, six seconds more on two cores. See the README's benchmarks.
     */
    static final String DEFAULT_JAVA_OPTIONS = "-Xms128m -Xmx512m -XX:+UseParallelGC"
            + " -XX:Tier4InvocationThreshold=40000 -XX:Tier4MinInvocationThreshold=20000"
            + " -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=320000";
    /**
     * Request threads per processor. Pages are CPU-bound: with a thread per connection (Payara's
     * pool grows to 27 threads under 20 clients) they competed for two cores and cost more each.
     * A few per processor leave room for requests that wait, such as a long import.
     */
    static final int HTTP_THREADS_PER_PROCESSOR = 4;

    record ExternalDatabase(String url, String user, String password) {
    }

    static LaunchSettings from(Map<String, String> env, Path home) throws LaunchFailure {
        return from(env, home, Runtime.getRuntime().availableProcessors());
    }

    static LaunchSettings from(Map<String, String> env, Path home, int processors) throws LaunchFailure {
        int port = parse("TANDEM_HTTP_PORT", env.getOrDefault("TANDEM_HTTP_PORT", String.valueOf(DEFAULT_HTTP_PORT)),
                1, 65535, "a port number");
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
        int threads = parse("TANDEM_HTTP_THREADS", env.getOrDefault("TANDEM_HTTP_THREADS",
                String.valueOf(HTTP_THREADS_PER_PROCESSOR * processors)), 1, 1024, "a number of threads");
        return new LaunchSettings(port, data, database, demo, javaOptions, threads);
    }

    /** The Payara Micro server's command line: this JVM's options, port and request threads. */
    List<String> serverCommand(Path java, Path home) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // an empty TANDEM_JAVA_OPTS means no options, not one empty argument (which java refuses)
        Arrays.stream(javaOptions.trim().split("\\s+")).filter(option -> !option.isEmpty()).forEach(command::add);
        command.addAll(List.of("-jar", home.resolve("payara-micro.jar").toString(),
                "--nocluster",
                "--port", String.valueOf(httpPort),
                "--minHttpThreads", String.valueOf(httpThreads),
                "--maxHttpThreads", String.valueOf(httpThreads),
                "--contextroot", "/",
                "--postbootcommandfile", home.resolve("payara/post-boot-commands.asadmin").toString(),
                "--logproperties", home.resolve("payara/logging.properties").toString(),
                "--deploy", home.resolve("tandem.war").toString()));
        return command;
    }

    private static int parse(String name, String value, int min, int max, String what) throws LaunchFailure {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LaunchFailure(name + " must be " + what + " from " + min + " to " + max + ", but is '" + value + "'.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

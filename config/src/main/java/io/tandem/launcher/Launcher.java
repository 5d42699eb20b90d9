package io.tandem.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts Tandem locally: PostgreSQL (embedded, unless TANDEM_DB_URL names a server), then
 * Payara Micro with the Tandem WAR in a child process, and waits until the application
 * reports ready. Ctrl-C stops the server first and PostgreSQL after it.
 */
public final class Launcher {

    private static final Duration READINESS_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String READINESS_CHECK = "\"tandem-database\"";

    private final LaunchSettings settings;
    private final Path home;
    private EmbeddedDatabase embedded;
    private Process server;

    private Launcher(LaunchSettings settings, Path home) {
        this.settings = settings;
        this.home = home;
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try {
            LaunchSettings settings = LaunchSettings.from(System.getenv(), Path.of(System.getProperty("user.home")));
            Launcher launcher = new Launcher(settings, distributionHome());
            Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "tandem-shutdown"));
            launcher.start(started);
            int exit = launcher.server.waitFor();
            System.exit(exit == 0 || exit == 130 || exit == 143 ? 0 : exit);
        } catch (LaunchFailure e) {
            System.err.println();
            System.err.println("Tandem did not start: " + e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    private void start(long startedNanos) throws LaunchFailure, InterruptedException {
        requireFreePort(settings.httpPort());
        LaunchSettings.ExternalDatabase database = settings.database();
        if (database == null) {
            say("Starting the embedded PostgreSQL in " + settings.dataDirectory());
            embedded = EmbeddedDatabase.start(settings.dataDirectory());
            database = embedded.connection();
            say("The embedded PostgreSQL listens on localhost:" + embedded.port() + " (user " + EmbeddedDatabase.USER
                    + ", database postgres); back it up with pg_dump as the README says.");
        } else {
            say("Using the PostgreSQL server at " + database.url());
            DatabaseProbe.check(database);
        }
        server = startServer(database);
        awaitReadiness();
        long seconds = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        say(String.format("Tandem is ready at http://localhost:%d/ (started in %.1f s). Press Ctrl-C to stop.",
                settings.httpPort(), seconds / 1000.0));
    }

    private Process startServer(LaunchSettings.ExternalDatabase database) throws LaunchFailure {
        ProcessBuilder builder = new ProcessBuilder(settings.serverCommand(
                Path.of(System.getProperty("java.home"), "bin", "java"), home)).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("TANDEM_DB_URL", database.url());
        env.put("TANDEM_DB_USER", database.user());
        env.put("TANDEM_DB_PASSWORD", database.password());
        env.put("TANDEM_DEMO_DATA", String.valueOf(settings.demoData()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new LaunchFailure("Cannot start Payara Micro: " + e.getMessage(), e);
        }
    }

    /** Polls the readiness endpoint until Tandem's own check reports UP, or gives up. */
    private void awaitReadiness() throws LaunchFailure, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = URI.create("http://localhost:" + settings.httpPort() + "/health/ready");
        long deadline = System.nanoTime() + READINESS_TIMEOUT.toNanos();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new LaunchFailure("Payara Micro stopped during start-up (exit status " + server.exitValue()
                        + "); its log above says why.");
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(readiness)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                lastAnswer = response.body();
                if (response.statusCode() == 200 && lastAnswer.contains(READINESS_CHECK)) {
                    return;
                }
                if (lastAnswer.contains("\"FAILED\"")) {
                    throw new LaunchFailure("The database migration failed: " + lastAnswer);
                }
            } catch (IOException e) {
                lastAnswer = e.toString();
            }
            Thread.sleep(250);
        }
        throw new LaunchFailure("Tandem was not ready after " + READINESS_TIMEOUT.toSeconds() + " s; last answer from "
                + readiness + ": " + lastAnswer);
    }

    private void stop() {
        if (server != null && server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
                say("PostgreSQL stopped.");
            } catch (IOException e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            }
        }
    }

    private static void requireFreePort(int port) throws LaunchFailure {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new LaunchFailure("Port " + port + " is already in use. Stop what uses it, or set TANDEM_HTTP_PORT "
                    + "to a free port.");
        }
    }

    /** The directory holding the launcher jar, Payara Micro and the WAR. */
    private static Path distributionHome() throws LaunchFailure {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = jar.getParent();
            if (!Files.exists(home.resolve("payara-micro.jar")) || !Files.exists(home.resolve("tandem.war"))) {
                throw new LaunchFailure("payara-micro.jar and tandem.war are missing beside " + jar
                        + ". Build first with: mvn -DskipTests package");
            }
            return home;
        } catch (java.net.URISyntaxException e) {
            throw new LaunchFailure("Cannot locate the launcher's own directory.", e);
        }
    }

    private static void say(String line) {
        System.out.println("[tandem] " + line);
    }
}

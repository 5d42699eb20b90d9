package io.tandem.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * tandem.ear on a full-profile Payara Server 6: the domain starts with the database settings in
 * its environment, the archive deploys, and health and sign-in answer on port 8080.
 */
class PayaraServerSmokeIT {

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final Path EAR = Path.of(System.getProperty("tandem.ear"));
    private static final URI BASE = URI.create("http://localhost:8080/");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void deploy() throws Exception {
        for (int port : new int[] {8080, 4848}) {
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " is in use; Payara Server's domain1 needs it.", e);
            }
        }
        postgres = EmbeddedPostgres.start();
        Map<String, String> env = Map.of(
                "TANDEM_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "TANDEM_DB_USER", "postgres",
                "TANDEM_DB_PASSWORD", "postgres",
                "TANDEM_DEMO_DATA", "true");
        asadmin(env, "start-domain", "domain1");
        asadmin(env, "deploy", "--force=true", "--name", "tandem", EAR.toString());
    }

    @AfterAll
    static void undeploy() throws Exception {
        try {
            asadmin(Map.of(), "undeploy", "tandem");
        } finally {
            try {
                asadmin(Map.of(), "stop-domain", "domain1");
            } finally {
                postgres.close();
            }
        }
    }

    @Test
    void readinessReportsTheMigratedDatabase() throws Exception {
        HttpResponse<String> ready = get("health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"tandem-database\""), ready.body());
        assertTrue(ready.body().contains("\"APPLIED\""), ready.body());
    }

    @Test
    void theSignInPageAnswers() throws Exception {
        HttpResponse<String> login = get("login.xhtml");

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("id=\"login:email\""), login.body());
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        HttpResponse<String> home = get("");

        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void asadmin(Map<String, String> env, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " timed out");
        }
        assertEquals(0, process.exitValue(), "asadmin " + String.join(" ", arguments));
    }
}

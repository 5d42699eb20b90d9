package io.tandem.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.testing.Fixtures.Person;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;

/**
 * The reusable attack: given a page or endpoint that shows a record of tenant A, try it as each
 * user who must not have it and assert a refusal (403 or 404) with none of the record's values in
 * the answer. A control request by a user who may see it must succeed and show the values, so the
 * check cannot pass because the record was never there.
 */
public final class IsolationKit {

    private final URI base;
    private final String password;
    private final Map<String, TandemClient> sessions = new ConcurrentHashMap<>();

    /** A kit whose users all sign in with the one password (as {@link Fixtures#kit} makes it). */
    public IsolationKit(URI base, String password) {
        this.base = base;
        this.password = password;
    }

    /** A signed-in user's session, reused across checks. */
    public TandemClient as(Person person) {
        return sessions.computeIfAbsent(person.email(), email -> TandemClient.signedIn(base, email, password));
    }

    public Target target(String description, Function<TandemClient, HttpResponse<String>> request) {
        return new Target(description, request);
    }

    public final class Target {

        private final String description;
        private final Function<TandemClient, HttpResponse<String>> request;
        private final List<String> secrets = new ArrayList<>();

        private Target(String description, Function<TandemClient, HttpResponse<String>> request) {
            this.description = description;
            this.request = request;
        }

        /** Values of the record that must never reach anyone refused. */
        public Target revealing(String... values) {
            secrets.addAll(List.of(values));
            return this;
        }

        /** The owner sees the record: proves the values are really there to leak. */
        public Target shownTo(Person person) {
            HttpResponse<String> response = request.apply(as(person));
            assertEquals(200, response.statusCode(), description + " as " + person.email());
            for (String secret : secrets) {
                assertTrue(response.body().contains(secret),
                        description + " as " + person.email() + " should show " + secret);
            }
            return this;
        }

        /** Each of these users is refused outright and learns nothing. */
        public Target refusedTo(Person... people) {
            return refused(Set.of(403, 404), people);
        }

        /**
         * Each of these users, who have nothing to do with the record's workspace (or ask for it
         * under another workspace's id), is told there is nothing there: 404, exactly as for a
         * record that does not exist, so the answer does not even confirm it exists.
         */
        public Target notFoundTo(Person... people) {
            return refused(Set.of(404), people);
        }

        /**
         * Each of these members of the workspace is refused for their role: 403, never 404, so a
         * write target whose route does not exist at all cannot pass for a refusal.
         */
        public Target forbiddenTo(Person... people) {
            return refused(Set.of(403), people);
        }

        private Target refused(Set<Integer> statuses, Person... people) {
            List<Executable> checks = new ArrayList<>();
            for (Person person : people) {
                checks.add(() -> {
                    HttpResponse<String> response = request.apply(as(person));
                    assertTrue(statuses.contains(response.statusCode()),
                            description + " as " + person.email() + " answered " + response.statusCode());
                    assertNoSecret(response, person);
                });
            }
            assertAll(description, checks);
            return this;
        }

        /** Each of these users may get an answer, but never the record's values. */
        public Target hiddenFrom(Person... people) {
            List<Executable> checks = new ArrayList<>();
            for (Person person : people) {
                checks.add(() -> assertNoSecret(request.apply(as(person)), person));
            }
            assertAll(description, checks);
            return this;
        }

        private void assertNoSecret(HttpResponse<String> response, Person person) {
            for (String secret : secrets) {
                assertFalse(response.body().contains(secret),
                        description + " as " + person.email() + " leaked " + secret);
            }
        }
    }
}

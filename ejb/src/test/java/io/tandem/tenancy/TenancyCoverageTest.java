package io.tandem.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.platform.DatabaseMigration;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every service runs with the caller named to the database and the application role set, so
 * that row-level security applies: a service without {@link Tenancy} would query as the schema
 * owner and see every tenant's rows.
 */
class TenancyCoverageTest {

    /** Runs before any caller exists and touches no tenant data through JPA. */
    private static final Set<Class<?>> EXEMPT = Set.of(DatabaseMigration.class);

    @Test
    void everySessionBeanCarriesTenancy() throws Exception {
        List<Class<?>> sessionBeans = classes().stream()
                .filter(type -> type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class))
                .toList();

        assertTrue(sessionBeans.size() >= 8, "expected to find the services, found " + sessionBeans);
        assertEquals(List.of(), sessionBeans.stream()
                .filter(type -> !EXEMPT.contains(type) && !type.isAnnotationPresent(Tenancy.class))
                .map(Class::getName).toList());
    }

    private static List<Class<?>> classes() throws IOException {
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(TenancyCoverageTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.tandem.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;

/**
 * The one database connection of the current transaction: the one the persistence context writes
 * on, which {@link TenancyInterceptor} has switched to the caller. SQL written by hand (bulk
 * copies, aggregates) runs on it too, so it sees the transaction's own writes and the same
 * row-level security. The connection belongs to the transaction: callers must not close it.
 *
 * <p>Why not {@code DataSource.getConnection()}: the pool shares a non-XA connection within a
 * transaction only while nobody holds it open, and EclipseLink otherwise takes a connection per
 * query. Under load that meant each request held one connection and waited for a second, until
 * the pool ran dry and every request waited on every other (found by {@code bench/dashboards.sh}).
 * Holding one connection from the first statement to commit makes that impossible.
 */
@ApplicationScoped
public class TransactionConnection {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The transaction's connection; only inside a transaction. */
    public Connection current() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No transaction, so no connection to act on");
        }
        return connection;
    }
}

package io.tandem.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Before a {@link Tenancy} service runs, switches the transaction's connection to the role
 * tandem_app, which owns nothing so that row-level security applies, and names the caller to
 * PostgreSQL. Both settings are transaction-local and made on the transaction's one connection
 * ({@link TransactionConnection}), so they reach every query the service makes and vanish at
 * commit. An anonymous caller is named as nobody and sees nothing. Without a transaction the settings could not hold,
 * so the call is refused. Pending changes are flushed before the service returns, so that every
 * write happens inside the call, under these settings.
 */
@Tenancy
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenancyInterceptor {

    private static final String ACTING_FOR = TenancyInterceptor.class.getName() + ".actingFor";

    @Inject
    Caller caller;

    @Inject
    TransactionConnection connections;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @AroundInvoke
    Object actForCaller(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException(invocation.getMethod() + " must run in a transaction");
        }
        String callerId = caller.account().map(account -> String.valueOf(account.id())).orElse("");
        // A service called by another within the transaction finds the settings already made.
        if (!callerId.equals(transactions.getResource(ACTING_FOR))) {
            try (PreparedStatement statement = connections.current().prepareStatement(
                    "select set_config('role', 'tandem_app', true), set_config('tandem.user_id', ?, true)")) {
                statement.setString(1, callerId);
                statement.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot act for the caller in the database", e);
            }
            transactions.putResource(ACTING_FOR, callerId);
        }
        Object result = invocation.proceed();
        // Write now, on the connection prepared above, rather than at commit.
        em.flush();
        return result;
    }
}

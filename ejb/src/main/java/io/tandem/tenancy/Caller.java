package io.tandem.tenancy;

import io.tandem.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Who is asking: the authenticated principal of the current request, resolved to an active
 * account. Server-side work that acts for a user without a request of theirs (imports, jobs,
 * in-container tests) names that user with {@link #runAs}.
 */
@ApplicationScoped
public class Caller {

    private static final ThreadLocal<String> ACTING_AS = new ThreadLocal<>();

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The caller's active account, or empty for an anonymous, unknown or deactivated caller.
     * Looked up once per transaction: the tenancy interceptor, the access check and the service
     * all ask.
     */
    @SuppressWarnings("unchecked")
    public Optional<CallerAccount> account() {
        String email = ACTING_AS.get();
        if (email == null) {
            Principal principal = securityContext.getCallerPrincipal();
            email = principal == null ? null : principal.getName();
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return lookUp(email);
        }
        String key = Caller.class.getName() + ":" + email;
        Optional<CallerAccount> account = (Optional<CallerAccount>) transactions.getResource(key);
        if (account == null) {
            account = lookUp(email);
            transactions.putResource(key, account);
        }
        return account;
    }

    private Optional<CallerAccount> lookUp(String email) {
        return new UserAccounts(em).byEmail(email).filter(UserAccount::active).map(CallerAccount::of);
    }

    public CallerAccount require() {
        return account().orElseThrow(NotFoundException::new);
    }

    public <T> T runAs(String email, Callable<T> work) throws Exception {
        String previous = ACTING_AS.get();
        ACTING_AS.set(email);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                ACTING_AS.remove();
            } else {
                ACTING_AS.set(previous);
            }
        }
    }
}

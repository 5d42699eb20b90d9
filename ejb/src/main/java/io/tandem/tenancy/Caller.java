package io.tandem.tenancy;

import io.tandem.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
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
    public Optional<CallerAccount> account() {
        String email = email();
        return PerTransaction.get(transactions, Caller.class.getName() + ":" + email, () -> lookUp(email));
    }

    private String email() {
        String acting = ACTING_AS.get();
        if (acting != null) {
            return acting;
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
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

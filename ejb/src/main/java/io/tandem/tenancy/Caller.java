package io.tandem.tenancy;

import io.tandem.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
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

    @Inject
    RequestAccounts requestAccounts;

    @Inject
    BeanManager beans;

    /**
     * The caller's active account, or empty for an anonymous, unknown or deactivated caller.
     * The tenancy interceptor, the access check and the service all ask: the signed-in caller's
     * account is read once per request (see {@link #accountOf}), a user named with {@link #runAs}
     * once per transaction, since work acting for users may change their accounts between
     * transactions.
     */
    public Optional<CallerAccount> account() {
        String acting = ACTING_AS.get();
        if (acting != null) {
            return perTransaction(acting);
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : accountOf(principal.getName());
    }

    /**
     * The active account signed in as {@code email}, read once per request: the sign-in check at
     * the request's start reads it, and the page's transactions after it find it. The request's
     * groups, which decide what pages and endpoints it may reach, were read at that same start, so
     * the tenancy rules see the account as they do: a change to it (a deactivation) takes effect
     * from the next request. Outside a request, read once per transaction.
     */
    public Optional<CallerAccount> accountOf(String email) {
        if (!inRequest()) {
            return perTransaction(email);
        }
        return requestAccounts.get(email, () -> lookUp(email));
    }

    private Optional<CallerAccount> perTransaction(String email) {
        return PerTransaction.get(transactions, Caller.class.getName() + ":" + email, () -> lookUp(email));
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
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

package io.tandem.workspace;

import io.tandem.tenancy.Caller;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.UserAccounts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Looks up accounts for sign-in and for the signed-in user's own profile. */
@Stateless
@Tenancy
public class AccountService {

    /** Group every signed-in tenant user has; page and endpoint rules build on it. */
    public static final String USER_GROUP = "USER";
    public static final String PLATFORM_ADMIN_GROUP = "PLATFORM_ADMIN";

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    Caller caller;

    public Optional<SignInAccount> signInAccount(String email) {
        return findByEmail(email).map(user -> {
            Set<String> groups = new LinkedHashSet<>();
            if (user.platformAdmin()) {
                groups.add(PLATFORM_ADMIN_GROUP);
            } else {
                groups.add(USER_GROUP);
            }
            if (user.organisationRole() != null) {
                groups.add(user.organisationRole().name());
            }
            return new SignInAccount(user.email(), user.passwordHash(), user.active(), Set.copyOf(groups));
        });
    }

    /**
     * The signed-in user's own profile, or empty for an anonymous or deactivated caller. The account
     * is the one {@link Caller} read in this transaction, found again by id in the persistence
     * context rather than queried a second time.
     */
    public Optional<CallerProfile> callerProfile() {
        return caller.account().map(account -> em.find(UserAccount.class, account.id()))
                .map(user -> new CallerProfile(user.email(), user.displayName(),
                        user.organisation() == null ? null : user.organisation().name(),
                        user.organisation() == null ? null : user.organisation().kind(), user.organisationRole(),
                        user.platformAdmin()));
    }

    private Optional<UserAccount> findByEmail(String email) {
        return new UserAccounts(em).byEmail(email);
    }
}

package io.tandem.workspace;

import io.tandem.tenancy.Caller;
import io.tandem.tenancy.OrganisationRole;
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

    /** The account for a password check, active or not: sign-in tells a deactivated account apart. */
    public Optional<SignInAccount> signInAccount(String email) {
        return findByEmail(email).map(user -> new SignInAccount(user.email(), user.passwordHash(), user.active(),
                groups(user.platformAdmin(), user.organisationRole())));
    }

    /**
     * The groups of the active account signed in as {@code email}, or empty if it is unknown or
     * deactivated: checked on each request of a signed-in session or an API token. Read through
     * {@link Caller}, so the request's transactions find the account rather than read it again.
     */
    public Optional<Set<String>> signedInGroups(String email) {
        return caller.accountOf(email).map(account -> groups(account.platformAdmin(), account.organisationRole()));
    }

    /**
     * The signed-in user's own profile, or empty for an anonymous or deactivated caller: the
     * account as {@link Caller} read it for this request.
     */
    public Optional<CallerProfile> callerProfile() {
        return caller.account().map(account -> new CallerProfile(account.email(), account.displayName(),
                account.organisationName(), account.organisationKind(), account.organisationRole(),
                account.platformAdmin()));
    }

    private static Set<String> groups(boolean platformAdmin, OrganisationRole organisationRole) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(platformAdmin ? PLATFORM_ADMIN_GROUP : USER_GROUP);
        if (organisationRole != null) {
            groups.add(organisationRole.name());
        }
        return Set.copyOf(groups);
    }

    private Optional<UserAccount> findByEmail(String email) {
        return new UserAccounts(em).byEmail(email);
    }
}

package io.tandem.workspace;

import io.tandem.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a sign-in: throttled per login name, the same answer for an unknown account and a wrong
 * password, and a specific answer for a deactivated account only once the password was right.
 * Runs before anyone is signed in, so the database sees no caller: it reads no workspace data.
 */
@Stateless
@Tenancy
public class SignInService {

    /** The longest e-mail address, as {@code user_accounts.email} and {@code sign_in_attempts.email} store it. */
    private static final int LONGEST_LOGIN_NAME = 254;

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    public SignInOutcome signIn(String email, String password) {
        String name = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!couldBeAnAccount(name)) {
            passwords.matches(password, null);
            return SignInOutcome.refused(SignInOutcome.Result.BAD_CREDENTIALS);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SignInAttempt attempts = attemptsFor(name, now);
        if (attempts.lockedAt(now)) {
            return SignInOutcome.refused(SignInOutcome.Result.LOCKED);
        }
        Optional<SignInAccount> account = accounts.signInAccount(name);
        if (!passwords.matches(password, account.map(SignInAccount::passwordHash).orElse(null))) {
            attempts.recordFailure(now);
            return SignInOutcome.refused(attempts.lockedAt(now) ? SignInOutcome.Result.LOCKED
                    : SignInOutcome.Result.BAD_CREDENTIALS);
        }
        if (!account.get().active()) {
            return SignInOutcome.refused(SignInOutcome.Result.DEACTIVATED);
        }
        em.remove(attempts);
        return new SignInOutcome(SignInOutcome.Result.SIGNED_IN, account.get().email(), account.get().groups());
    }

    /**
     * Whether a login name could be an account's at all: no longer than an e-mail address may be,
     * and without a NUL character, which PostgreSQL does not store in text. Any other name gets the
     * answer of an unknown account, after the same hash work, without touching the database. It
     * is not counted towards the throttle, which could not store it: the throttle caps guesses at
     * an account's password, and no account has this name, so no guess at it can ever succeed.
     */
    private static boolean couldBeAnAccount(String name) {
        return name.length() <= LONGEST_LOGIN_NAME && name.indexOf('\0') < 0;
    }

    private SignInAttempt attemptsFor(String name, OffsetDateTime now) {
        em.createNativeQuery("insert into sign_in_attempts (email, window_start) values (?, ?) on conflict do nothing")
                .setParameter(1, name)
                .setParameter(2, now)
                .executeUpdate();
        return em.find(SignInAttempt.class, name, LockModeType.PESSIMISTIC_WRITE);
    }
}

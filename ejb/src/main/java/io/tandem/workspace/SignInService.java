package io.tandem.workspace;

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

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    public SignInOutcome signIn(String email, String password) {
        String name = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
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

    private SignInAttempt attemptsFor(String name, OffsetDateTime now) {
        em.createNativeQuery("insert into sign_in_attempts (email, window_start) values (?, ?) on conflict do nothing")
                .setParameter(1, name)
                .setParameter(2, now)
                .executeUpdate();
        return em.find(SignInAttempt.class, name, LockModeType.PESSIMISTIC_WRITE);
    }
}

package io.tandem.workspace;

import io.tandem.platform.DomainException;
import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.Caller;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The signed-in user's own account: password and personal API tokens. */
@Stateless
@Tenancy
public class ProfileService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    @Inject
    AccountService accounts;

    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        UserAccount user = em.find(UserAccount.class, caller.require().id());
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new DomainException("workspace.password.currentWrong");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw new DomainException("workspace.password.confirmationDiffers");
        }
        user.changePassword(passwords.hashNew(newPassword, user.email()));
    }

    public List<ApiTokenDetails> tokens() {
        return em.createQuery("""
                        select t from ApiToken t where t.user.id = :user and t.revokedAt is null
                        order by t.createdAt desc""", ApiToken.class)
                .setParameter("user", caller.require().id())
                .getResultList().stream().map(ApiTokenDetails::of).toList();
    }

    /** Creates a token; the returned secret is shown once and never again. */
    public String createToken(String name) {
        ApiToken.Issued issued = ApiToken.issue(em.find(UserAccount.class, caller.require().id()), name);
        em.persist(issued.token());
        return issued.secret();
    }

    /** Revokes one of the caller's own tokens; anyone else's is "not found". */
    public void revokeToken(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.revoked() || !token.user().id().equals(caller.require().id())) {
            throw new NotFoundException();
        }
        token.revoke();
    }

    /** The account a presented token acts for, if the token is genuine, unrevoked and its user active. */
    public Optional<SignInOutcome> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t join fetch t.user where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", ApiToken.digest(secret))
                .getResultStream()
                .filter(token -> !token.revoked() && token.user().active())
                .findFirst()
                .flatMap(token -> {
                    markUsed(token);
                    String email = token.user().email();
                    return accounts.signedInGroups(email)
                            .map(groups -> new SignInOutcome(SignInOutcome.Result.SIGNED_IN, email, groups));
                });
    }

    /**
     * Notes when a token was last used, to the minute. Not through the entity: a client sending
     * parallel requests with one token would make them conflict on its version, and each but one
     * would fail. A bulk update neither checks nor moves the version, and within a minute of the
     * last note it writes nothing at all.
     */
    private void markUsed(ApiToken token) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createQuery("""
                        update ApiToken t set t.lastUsedAt = :now
                        where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :minuteAgo)""")
                .setParameter("now", now).setParameter("id", token.id())
                .setParameter("minuteAgo", now.minusMinutes(1))
                .executeUpdate();
    }

}

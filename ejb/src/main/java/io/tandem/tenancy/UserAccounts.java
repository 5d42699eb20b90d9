package io.tandem.tenancy;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;

/** Finding accounts by their sign-in name, shared by the tenancy rules and the account services. */
public final class UserAccounts {

    private final EntityManager em;

    public UserAccounts(EntityManager em) {
        this.em = em;
    }

    public Optional<UserAccount> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u left join fetch u.organisation where u.email = :email",
                        UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}

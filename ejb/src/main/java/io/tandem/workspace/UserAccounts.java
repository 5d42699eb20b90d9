package io.tandem.workspace;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;

/** Finding accounts by their sign-in name, shared by this context's services. */
final class UserAccounts {

    private final EntityManager em;

    UserAccounts(EntityManager em) {
        this.em = em;
    }

    Optional<UserAccount> byEmail(String email) {
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

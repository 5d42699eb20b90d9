package io.tandem.workspace;

import io.tandem.platform.DomainException;
import io.tandem.tenancy.Organisation;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.UserAccounts;
import jakarta.persistence.EntityManager;

/** Creating an account: the e-mail is valid and unused, the initial password meets the rules. */
final class NewUsers {

    private NewUsers() {
    }

    static UserAccount create(EntityManager em, Passwords passwords, Organisation organisation, String email,
                              String displayName, String initialPassword) {
        String normalised = UserAccount.normaliseEmail(email);
        if (new UserAccounts(em).byEmail(normalised).isPresent()) {
            throw new DomainException("workspace.user.duplicate", normalised);
        }
        UserAccount user = UserAccount.member(organisation, normalised, displayName,
                passwords.hashNew(initialPassword, normalised));
        em.persist(user);
        em.flush();
        return user;
    }
}

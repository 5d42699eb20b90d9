package io.tandem.web.security;

import io.tandem.workspace.AccountService;
import io.tandem.workspace.SignInAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;

/**
 * Checks e-mail and password against the accounts in PostgreSQL. Unknown account, wrong
 * password and deactivated account all give the same answer, and an unknown account still
 * costs one hash verification, so neither the reply nor its timing tells whether it exists.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    private String unknownAccountHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(PasswordPolicy.HASH_PARAMETERS);
        unknownAccountHash = passwordHash.generate("no account has this password".toCharArray());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<SignInAccount> account = accounts.signInAccount(credential.getCaller());
        String storedHash = account.map(SignInAccount::passwordHash).orElse(unknownAccountHash);
        boolean passwordMatches = passwordHash.verify(credential.getPassword().getValue(), storedHash);
        if (account.isEmpty() || !passwordMatches || !account.get().active()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().email(), account.get().groups());
    }
}

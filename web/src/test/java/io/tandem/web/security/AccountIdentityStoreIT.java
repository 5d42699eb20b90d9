package io.tandem.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signs in the demo users, whose hashes were made outside the server, through the real identity store. */
@ExtendWith(ArquillianExtension.class)
class AccountIdentityStoreIT {

    @Inject
    AccountIdentityStore store;

    @Test
    void rightPasswordSignsInWithTheAccountsGroups() {
        CredentialValidationResult result = store.validate(
                new UsernamePasswordCredential("Admin@Northwind.example", "tandem-demo"));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("admin@northwind.example", result.getCallerPrincipal().getName());
        assertEquals(Set.of("USER", "ORG_ADMIN"), result.getCallerGroups());
    }

    @Test
    void platformAdministratorGetsOnlyThePlatformGroup() {
        CredentialValidationResult result = store.validate(
                new UsernamePasswordCredential("platform@tandem.example", "tandem-demo"));

        assertEquals(Set.of("PLATFORM_ADMIN"), result.getCallerGroups());
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
        CredentialValidationResult wrongPassword = store.validate(
                new UsernamePasswordCredential("rm@northwind.example", "tandem-demo!"));
        CredentialValidationResult unknown = store.validate(
                new UsernamePasswordCredential("nobody@northwind.example", "tandem-demo"));

        assertEquals(CredentialValidationResult.Status.INVALID, wrongPassword.getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, unknown.getStatus());
    }
}

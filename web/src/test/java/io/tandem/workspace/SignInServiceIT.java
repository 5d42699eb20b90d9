package io.tandem.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInServiceIT extends TwoEngagementsTest {

    @Inject
    SignInService signIn;

    @Inject
    UserAdministrationService administration;

    @Test
    void theDemoUsersHashesFromOutsideTheServerVerify() {
        SignInOutcome outcome = signIn.signIn("Admin@Northwind.example", "tandem-demo");

        assertEquals(SignInOutcome.Result.SIGNED_IN, outcome.result());
        assertEquals("admin@northwind.example", outcome.email());
        assertEquals(Set.of("USER", "ORG_ADMIN"), outcome.groups());
        assertEquals(Set.of("PLATFORM_ADMIN"), signIn.signIn("platform@tandem.example", "tandem-demo").groups());
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
        assertEquals(SignInOutcome.Result.BAD_CREDENTIALS,
                signIn.signIn(tenants.relationshipManager(), "not-the-password").result());
        assertEquals(SignInOutcome.Result.BAD_CREDENTIALS,
                signIn.signIn("nobody-" + tenants.tag() + "@test.example", TenantFixtures.PASSWORD).result());
    }

    @Test
    void theFifthFailureLocksTheNameEvenForTheRightPassword() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(SignInOutcome.Result.BAD_CREDENTIALS, signIn.signIn(tenants.analyst(), "wrong").result());
        }
        assertEquals(SignInOutcome.Result.LOCKED, signIn.signIn(tenants.analyst(), "wrong").result());
        assertEquals(SignInOutcome.Result.LOCKED, signIn.signIn(tenants.analyst(), TenantFixtures.PASSWORD).result());
        assertEquals(SignInOutcome.Result.SIGNED_IN,
                signIn.signIn(tenants.relationshipManager(), TenantFixtures.PASSWORD).result());
    }

    @Test
    void aDeactivatedUserIsToldSoOnlyWithTheRightPassword() throws Exception {
        long analystId = as(tenants.clientAdmin(), () -> administration.users().stream()
                .filter(user -> user.email().equals(tenants.analyst())).findFirst().orElseThrow().id());
        as(tenants.clientAdmin(), () -> {
            administration.deactivate(analystId);
            return null;
        });

        assertEquals(SignInOutcome.Result.DEACTIVATED, signIn.signIn(tenants.analyst(), TenantFixtures.PASSWORD).result());
        assertEquals(SignInOutcome.Result.BAD_CREDENTIALS, signIn.signIn(tenants.analyst(), "wrong").result());
    }
}

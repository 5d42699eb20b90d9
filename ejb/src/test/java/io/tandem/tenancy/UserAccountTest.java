package io.tandem.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private final Organisation northwind = new Organisation("Northwind Insurance", OrganisationKind.CLIENT);
    private final Organisation calltech = new Organisation("Calltech", OrganisationKind.PROVIDER);

    @Test
    void emailIsTheSignInNameTrimmedAndLowerCased() {
        UserAccount user = UserAccount.member(northwind, "  Rita.Mendes@Northwind.Example ", "Rita Mendes", "hash");

        assertEquals("rita.mendes@northwind.example", user.email());
        assertTrue(user.active());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rita", "rita@", "@northwind.example", "rita mendes@northwind.example",
            "rita@northwind"})
    void malformedEmailIsRefused(String email) {
        DomainException refused = assertThrows(DomainException.class,
                () -> UserAccount.member(northwind, email, "Rita", "hash"));
        assertEquals("workspace.user.email.invalid", refused.messageKey());
    }

    @Test
    void onlyClientStaffCanBePortfolioViewers() {
        UserAccount clientUser = UserAccount.member(northwind, "v@northwind.example", "Victor", "hash");
        clientUser.grantOrganisationRole(OrganisationRole.PORTFOLIO_VIEWER);
        assertEquals(OrganisationRole.PORTFOLIO_VIEWER, clientUser.organisationRole());

        UserAccount providerUser = UserAccount.member(calltech, "c@calltech.example", "Carl", "hash");
        DomainException refused = assertThrows(DomainException.class,
                () -> providerUser.grantOrganisationRole(OrganisationRole.PORTFOLIO_VIEWER));
        assertEquals("workspace.user.organisationRole.portfolioClientOnly", refused.messageKey());
        assertNull(providerUser.organisationRole());
    }

    @Test
    void thePlatformAdministratorBelongsToNoOrganisation() {
        UserAccount admin = UserAccount.platformAdministrator("platform@tandem.example", "Pat", "hash");

        assertNull(admin.organisation());
        assertEquals("workspace.user.organisationRole.platformAdmin", assertThrows(DomainException.class,
                () -> admin.grantOrganisationRole(OrganisationRole.ORG_ADMIN)).messageKey());
    }
}

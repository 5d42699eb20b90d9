package io.tandem.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private final Organisation northwind = new Organisation("Northwind Insurance", OrganisationKind.CLIENT);
    private final Organisation calltech = new Organisation("Calltech", OrganisationKind.PROVIDER);
    private final Organisation brightline = new Organisation("Brightline", OrganisationKind.PROVIDER);
    private final Organisation qualis = new Organisation("Qualis Review", OrganisationKind.REVIEWER);
    private final Workspace claims = new Workspace("UK claims", northwind, calltech);

    @Test
    void clientStaffHoldClientRolesInTheirOwnWorkspaces() {
        Membership membership = new Membership(user(northwind), claims, Role.CLIENT_RELATIONSHIP_MANAGER);

        assertEquals(Role.CLIENT_RELATIONSHIP_MANAGER, membership.role());
        assertEquals(Party.CLIENT, membership.role().party());
    }

    @Test
    void providerStaffHoldProviderRolesOnlyInTheirOwnEngagements() {
        new Membership(user(calltech), claims, Role.PROVIDER_ACCOUNT_MANAGER);

        DomainException refused = assertThrows(DomainException.class,
                () -> new Membership(user(brightline), claims, Role.PROVIDER_ACCOUNT_MANAGER));
        assertEquals("workspace.membership.notAParty", refused.messageKey());
    }

    @Test
    void aProviderCannotTakeAClientRole() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new Membership(user(calltech), claims, Role.PROCUREMENT));
        assertEquals("workspace.membership.roleNotForOrganisation", refused.messageKey());
    }

    @Test
    void externalReviewersComeFromAReviewerOrganisation() {
        new Membership(user(qualis), claims, Role.EXTERNAL_REVIEWER);

        DomainException refused = assertThrows(DomainException.class,
                () -> new Membership(user(northwind), claims, Role.EXTERNAL_REVIEWER));
        assertEquals("workspace.membership.roleNotForOrganisation", refused.messageKey());
    }

    @Test
    void thePlatformAdministratorIsNoWorkspaceMember() {
        UserAccount admin = UserAccount.platformAdministrator("platform@tandem.example", "Pat", "hash");

        DomainException refused = assertThrows(DomainException.class,
                () -> new Membership(admin, claims, Role.CLIENT_ANALYST));
        assertEquals("workspace.membership.platformAdmin", refused.messageKey());
    }

    @Test
    void aWorkspaceJoinsOneClientAndOneProvider() {
        assertEquals("workspace.workspace.client.notClient", assertThrows(DomainException.class,
                () -> new Workspace("Backwards", calltech, northwind)).messageKey());
        assertEquals("workspace.workspace.provider.notProvider", assertThrows(DomainException.class,
                () -> new Workspace("Two clients", northwind, northwind)).messageKey());
        assertEquals("workspace.workspace.name.required", assertThrows(DomainException.class,
                () -> new Workspace("   ", northwind, calltech)).messageKey());
    }

    private static UserAccount user(Organisation organisation) {
        return UserAccount.member(organisation, "someone@" + organisation.name().replace(' ', '-') + ".example",
                "Someone", "hash");
    }
}

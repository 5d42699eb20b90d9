package io.tandem.workspace;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.OrganisationKind;
import io.tandem.tenancy.Role;
import io.tandem.workspace.AdministrationRows.UserRow;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdministrationIT extends TwoEngagementsTest {

    private static final String PASSWORD = "a-long-initial-password";

    @Inject
    UserAdministrationService users;

    @Inject
    PlatformAdministrationService platform;

    @Inject
    WorkspaceService workspaces;

    @Test
    void anOrganisationAdminCreatesAUserAndGivesThemAWorkspaceRole() throws Exception {
        String email = "new-" + tenants.tag() + "@test.example";
        long userId = asClientAdmin(() -> users.createUser(email, "New Hire", PASSWORD));
        asClientAdmin(() -> users.grantMembership(userId, tenants.withSecondProvider(), Role.PROCUREMENT));

        List<WorkspaceSummary> visible = as(email, workspaces::visibleWorkspaces);
        assertEquals(List.of(tenants.withSecondProvider()), visible.stream().map(WorkspaceSummary::id).toList());
        assertEquals("PROCUREMENT", visible.get(0).access());
    }

    @Test
    void anInvalidEmailIsRefusedAndNothingIsCreated() throws Exception {
        int before = asClientAdmin(users::users).size();

        DomainException refused = assertThrows(DomainException.class,
                () -> asClientAdmin(() -> users.createUser("not an address", "Someone", PASSWORD)));

        assertEquals("workspace.user.email.invalid", refused.messageKey());
        assertEquals(before, asClientAdmin(users::users).size());
    }

    @Test
    void aDuplicateUserIsRefusedWhateverTheCase() throws Exception {
        int before = asClientAdmin(users::users).size();

        DomainException refused = assertThrows(DomainException.class,
                () -> asClientAdmin(() -> users.createUser(tenants.analyst().toUpperCase(), "Again", PASSWORD)));

        assertEquals("workspace.user.duplicate", refused.messageKey());
        assertEquals(before, asClientAdmin(users::users).size());
    }

    @Test
    void aShortInitialPasswordIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> asClientAdmin(
                () -> users.createUser("short-" + tenants.tag() + "@test.example", "Short", "short")));

        assertEquals("workspace.password.length", refused.messageKey());
    }

    @Test
    void theLastActiveAdminCannotDeactivateThemselves() throws Exception {
        long adminId = userId(tenants.clientAdmin());

        DomainException refused = assertThrows(DomainException.class, () -> asClientAdmin(() -> {
            users.deactivate(adminId);
            return null;
        }));

        assertEquals("admin.users.lastAdmin", refused.messageKey());
        assertTrue(asClientAdmin(users::users).stream().filter(u -> u.id() == adminId).findFirst().orElseThrow().active());
    }

    @Test
    void aDeactivationIsUndoneByReactivating() throws Exception {
        long analyst = userId(tenants.analyst());

        asClientAdmin(() -> {
            users.deactivate(analyst);
            return null;
        });
        assertFalse(activeFlag(analyst));
        asClientAdmin(() -> {
            users.reactivate(analyst);
            return null;
        });

        assertTrue(activeFlag(analyst));
        assertThrows(NotFoundException.class, () -> as(tenants.firstProviderAdmin(), () -> {
            users.reactivate(analyst);
            return null;
        }), "another organisation's administrator finds no such user");
    }

    private boolean activeFlag(long userId) throws Exception {
        return asClientAdmin(users::users).stream().filter(u -> u.id() == userId).findFirst().orElseThrow().active();
    }

    @Test
    void anotherOrganisationsUsersAndWorkspacesAreNotFound() throws Exception {
        long clientAnalyst = userId(tenants.analyst());

        assertThrows(NotFoundException.class, () -> as(tenants.firstProviderAdmin(), () -> {
            users.deactivate(clientAnalyst);
            return null;
        }));
        long providerUser = as(tenants.firstProviderAdmin(),
                () -> users.createUser("p-" + tenants.tag() + "@test.example", "P", PASSWORD));
        assertThrows(NotFoundException.class, () -> as(tenants.firstProviderAdmin(),
                () -> users.grantMembership(providerUser, tenants.withSecondProvider(), Role.PROVIDER_TEAM_MEMBER)));
    }

    @Test
    void aRoleMustFitTheUsersSideOfTheWorkspace() throws Exception {
        long analyst = userId(tenants.analyst());

        DomainException refused = assertThrows(DomainException.class, () -> asClientAdmin(
                () -> users.grantMembership(analyst, tenants.withSecondProvider(), Role.PROVIDER_ACCOUNT_MANAGER)));

        assertEquals("workspace.membership.roleNotForOrganisation", refused.messageKey());
    }

    @Test
    void onlyAdministratorsAdminister() {
        assertThrows(ForbiddenException.class, () -> as(tenants.relationshipManager(), users::users));
        assertThrows(ForbiddenException.class, () -> as(tenants.clientAdmin(), platform::organisations));
        assertThrows(ForbiddenException.class, () -> as(tenants.platformAdmin(), users::users));
    }

    @Test
    void thePlatformAdministratorSetsUpATenantAndSeesNoBusinessData() throws Exception {
        long client = as(tenants.platformAdmin(),
                () -> platform.createOrganisation("Fresh client " + tenants.tag(), OrganisationKind.CLIENT));
        long provider = as(tenants.platformAdmin(),
                () -> platform.createOrganisation("Fresh provider " + tenants.tag(), OrganisationKind.PROVIDER));
        long workspace = as(tenants.platformAdmin(),
                () -> platform.createWorkspace("Fresh " + tenants.tag(), client, provider));
        as(tenants.platformAdmin(), () -> platform.createOrganisationAdmin(client,
                "fresh-admin-" + tenants.tag() + "@test.example", "Fresh Admin", PASSWORD));

        assertEquals(List.of(workspace), as("fresh-admin-" + tenants.tag() + "@test.example",
                workspaces::visibleWorkspaces).stream().map(WorkspaceSummary::id).toList());
        assertThrows(NotFoundException.class,
                () -> as(tenants.platformAdmin(), () -> workspaces.overview(workspace)));
        DomainException duplicate = assertThrows(DomainException.class, () -> as(tenants.platformAdmin(),
                () -> platform.createOrganisation("fresh CLIENT " + tenants.tag(), OrganisationKind.CLIENT)));
        assertEquals("admin.organisation.duplicate", duplicate.messageKey());
    }

    private long userId(String email) throws Exception {
        String admin = email.startsWith("am1") || email.startsWith("team1") ? tenants.firstProviderAdmin()
                : tenants.clientAdmin();
        return as(admin, users::users).stream().filter(u -> u.email().equals(email))
                .map(UserRow::id).findFirst().orElseThrow();
    }

    private <T> T asClientAdmin(Callable<T> work) throws Exception {
        return as(tenants.clientAdmin(), work);
    }
}

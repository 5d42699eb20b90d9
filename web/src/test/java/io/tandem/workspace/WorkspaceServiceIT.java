package io.tandem.workspace;

import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.CallerAccount;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Role;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkspaceServiceIT extends TwoEngagementsTest {

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorkspaceAccess access;

    @Inject
    UserTransaction transaction;

    @Inject
    AccountService accounts;

    @Test
    void relationshipManagerSeesEachWorkspaceTheyAreAMemberOf() throws Exception {
        List<WorkspaceSummary> visible = as(tenants.relationshipManager(), workspaces::visibleWorkspaces);

        assertEquals(List.of(tenants.withFirstProvider(), tenants.withSecondProvider()), ids(visible));
        assertEquals(List.of("CLIENT_RELATIONSHIP_MANAGER", "CLIENT_RELATIONSHIP_MANAGER"),
                visible.stream().map(WorkspaceSummary::access).toList());
        assertEquals("Client " + tenants.tag(), visible.get(0).clientName());
        assertEquals("First provider " + tenants.tag(), visible.get(0).providerName());
    }

    @Test
    void aProviderNeverSeesAnotherProvidersWorkspaceWithTheSameClient() throws Exception {
        assertEquals(List.of(tenants.withFirstProvider()),
                ids(as(tenants.firstAccountManager(), workspaces::visibleWorkspaces)));
        assertEquals(List.of(tenants.withSecondProvider()),
                ids(as(tenants.secondAccountManager(), workspaces::visibleWorkspaces)));
        assertThrows(NotFoundException.class,
                () -> as(tenants.secondAccountManager(), () -> workspaces.overview(tenants.withFirstProvider())));
    }

    @Test
    void portfolioViewerSeesAllOfTheClientsWorkspacesWithoutMemberships() throws Exception {
        List<WorkspaceSummary> visible = as(tenants.portfolioViewer(), workspaces::visibleWorkspaces);

        assertEquals(List.of(tenants.withFirstProvider(), tenants.withSecondProvider()), ids(visible));
        assertEquals(List.of("PORTFOLIO_VIEWER", "PORTFOLIO_VIEWER"),
                visible.stream().map(WorkspaceSummary::access).toList());
    }

    @Test
    void aProviderAdministratorWithoutMembershipSeesNoWorkspace() throws Exception {
        assertEquals(List.of(), ids(as(tenants.firstProviderAdmin(), workspaces::visibleWorkspaces)));
        assertThrows(NotFoundException.class,
                () -> as(tenants.firstProviderAdmin(), () -> workspaces.overview(tenants.withFirstProvider())));
    }

    @Test
    void platformAdministratorAndStrangersSeeNoWorkspace() throws Exception {
        assertEquals(List.of(), as(tenants.platformAdmin(), workspaces::visibleWorkspaces));
        assertEquals(List.of(), as("nobody-" + tenants.tag() + "@test.example", workspaces::visibleWorkspaces));
        assertEquals(List.of(), workspaces.visibleWorkspaces());
        assertThrows(NotFoundException.class,
                () -> as(tenants.platformAdmin(), () -> workspaces.overview(tenants.withFirstProvider())));
    }

    @Test
    void overviewShowsTheCallersSideAndTheDetailsAddTheMembersOfEveryParty() throws Exception {
        WorkspaceOverview overview = as(tenants.firstTeamMember(),
                () -> workspaces.overview(tenants.withFirstProvider()));
        WorkspaceDetails details = as(tenants.firstTeamMember(),
                () -> workspaces.details(tenants.withFirstProvider()));

        assertEquals(Party.PROVIDER, overview.party());
        assertEquals("PROVIDER_TEAM_MEMBER", overview.access());
        assertEquals("First provider " + tenants.tag(), overview.providerName());
        assertEquals(overview, details.overview());
        assertEquals(6, details.members().size());
        assertEquals(List.of(Party.CLIENT, Party.PROVIDER, Party.THIRD_PARTY), details.members().stream()
                .map(member -> Role.valueOf(member.role()).party()).distinct().sorted().toList());
    }

    /**
     * The page frame asks for the grants twice in its one transaction, a page's services each
     * require the workspace: both are read once per transaction, for each caller.
     */
    @Test
    void theGrantsAreReadOncePerTransactionAndCaller() throws Exception {
        List<WorkspaceGrant> first;
        transaction.begin();
        try {
            first = as(tenants.relationshipManager(), access::all);
            assertSame(first, as(tenants.relationshipManager(), access::all));
            List<WorkspaceGrant> viewer = as(tenants.portfolioViewer(), access::all);
            assertNotEquals(first, viewer);
            assertSame(viewer, as(tenants.portfolioViewer(), access::all));
            assertEquals(List.of(), as(tenants.platformAdmin(), access::all));
            long workspace = tenants.withFirstProvider();
            WorkspaceGrant grant = as(tenants.relationshipManager(), () -> access.require(workspace));
            assertSame(grant, as(tenants.relationshipManager(), () -> access.require(workspace)));
            assertEquals(Party.PROVIDER, as(tenants.firstTeamMember(), () -> access.require(workspace)).party(),
                    "decided for each caller");
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                        () -> access.require(workspace)), "refused every time");
            }
        } finally {
            transaction.rollback();
        }
        List<WorkspaceGrant> later = as(tenants.relationshipManager(), access::all);
        assertNotSame(first, later, "a new transaction reads them again");
        assertEquals(first, later);
    }

    /**
     * A signed-in request's account is read once, by the sign-in check, and every transaction of
     * the request finds it: the same instance, not a second reading. Work acting for a user reads it
     * per transaction (above).
     */
    @Test
    void aSignedInCallersAccountIsReadOncePerRequest() throws Exception {
        String email = tenants.relationshipManager();
        assertEquals(Optional.of(Set.of("USER")), accounts.signedInGroups(email));
        CallerAccount first = caller.accountOf(email).orElseThrow();
        transaction.begin();
        try {
            assertSame(first, caller.accountOf(email).orElseThrow());
        } finally {
            transaction.rollback();
        }
        assertSame(first, caller.accountOf(email).orElseThrow());
        assertEquals(email, first.email());
        assertEquals(Optional.empty(), accounts.signedInGroups("nobody-" + tenants.tag() + "@test.example"));
        assertEquals(Optional.of(Set.of("USER", "PORTFOLIO_VIEWER")), accounts.signedInGroups(tenants.portfolioViewer()));
    }

    private static List<Long> ids(List<WorkspaceSummary> summaries) {
        return summaries.stream().map(WorkspaceSummary::id).toList();
    }
}

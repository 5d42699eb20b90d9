package io.tandem.workspace;

import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.Party;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkspaceServiceIT extends TwoEngagementsTest {

    @Inject
    WorkspaceService workspaces;

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
    void overviewShowsTheCallersSideAndTheMembersOfBothSides() throws Exception {
        WorkspaceOverview overview = as(tenants.firstTeamMember(),
                () -> workspaces.overview(tenants.withFirstProvider()));

        assertEquals(Party.PROVIDER, overview.party());
        assertEquals("PROVIDER_TEAM_MEMBER", overview.access());
        assertEquals(6, overview.members().size());
    }

    private static List<Long> ids(List<WorkspaceSummary> summaries) {
        return summaries.stream().map(WorkspaceSummary::id).toList();
    }
}

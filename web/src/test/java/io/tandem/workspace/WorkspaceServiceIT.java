package io.tandem.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class WorkspaceServiceIT {

    @Inject
    WorkspaceService workspaces;

    @Inject
    TenantFixtures fixtures;

    private TenantFixtures.TwoEngagements tenants;

    @BeforeEach
    void createTenants() {
        tenants = fixtures.twoEngagements();
    }

    @Test
    void relationshipManagerSeesEachWorkspaceTheyAreAMemberOf() {
        List<WorkspaceSummary> visible = workspaces.visibleWorkspaces(tenants.relationshipManager());

        assertEquals(List.of(tenants.withFirstProvider(), tenants.withSecondProvider()), ids(visible));
        assertEquals(List.of("CLIENT_RELATIONSHIP_MANAGER", "CLIENT_RELATIONSHIP_MANAGER"),
                visible.stream().map(WorkspaceSummary::access).toList());
        assertEquals("Client " + tenants.tag(), visible.get(0).clientName());
        assertEquals("First provider " + tenants.tag(), visible.get(0).providerName());
    }

    @Test
    void aProviderNeverSeesAnotherProvidersWorkspaceWithTheSameClient() {
        assertEquals(List.of(tenants.withFirstProvider()),
                ids(workspaces.visibleWorkspaces(tenants.firstAccountManager())));
        assertEquals(List.of(tenants.withSecondProvider()),
                ids(workspaces.visibleWorkspaces(tenants.secondAccountManager())));
    }

    @Test
    void portfolioViewerSeesAllOfTheClientsWorkspacesWithoutMemberships() {
        List<WorkspaceSummary> visible = workspaces.visibleWorkspaces(tenants.portfolioViewer());

        assertEquals(List.of(tenants.withFirstProvider(), tenants.withSecondProvider()), ids(visible));
        assertEquals(List.of("PORTFOLIO_VIEWER", "PORTFOLIO_VIEWER"),
                visible.stream().map(WorkspaceSummary::access).toList());
    }

    @Test
    void providerAdministratorSeesOnlyTheirOwnOrganisationsWorkspaces() {
        assertEquals(List.of(tenants.withFirstProvider()),
                ids(workspaces.visibleWorkspaces(tenants.firstProviderAdmin())));
    }

    @Test
    void platformAdministratorAndStrangersSeeNoWorkspace() {
        assertEquals(List.of(), workspaces.visibleWorkspaces(tenants.platformAdmin()));
        assertEquals(List.of(), workspaces.visibleWorkspaces("nobody-" + tenants.tag() + "@test.example"));
        assertEquals(List.of(), workspaces.visibleWorkspaces(null));
    }

    private static List<Long> ids(List<WorkspaceSummary> summaries) {
        return summaries.stream().map(WorkspaceSummary::id).toList();
    }
}

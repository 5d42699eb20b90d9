package io.tandem.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.platform.NotFoundException;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database backstop: queries without any workspace filter still return nothing foreign. */
class RowLevelSecurityIT extends TwoEngagementsTest {

    @Inject
    UnscopedQueries unscoped;

    @Inject
    InternalNoteService notes;

    @Inject
    WorkspaceService workspaces;

    @Inject
    OwnerSql ownerSql;

    @BeforeEach
    void writeOneNoteOnEachSide() throws Exception {
        as(tenants.relationshipManager(), () -> notes.add(tenants.withFirstProvider(), "client secret " + tenants.tag()));
        as(tenants.firstAccountManager(), () -> notes.add(tenants.withFirstProvider(), "provider secret " + tenants.tag()));
    }

    @Test
    void servicesRunAsTheApplicationRoleThatOwnsNothing() throws Exception {
        assertEquals("tandem_app", as(tenants.relationshipManager(), unscoped::currentRole));
    }

    @Test
    void anUnfilteredQueryReturnsOnlyTheCallersWorkspaces() throws Exception {
        assertEquals(List.of(tenants.withFirstProvider()),
                as(tenants.firstAccountManager(), unscoped::allWorkspaceIds));
        assertEquals(List.of(tenants.withSecondProvider()),
                as(tenants.secondAccountManager(), unscoped::allWorkspaceIds));
        assertEquals(List.of(), as("nobody@test.example", unscoped::allWorkspaceIds));
        assertEquals(List.of(), unscoped.allWorkspaceIds());
    }

    @Test
    void anUnfilteredQueryReturnsOnlyTheCallersSidesNotes() throws Exception {
        List<String> clientSide = as(tenants.relationshipManager(), unscoped::allNoteBodies);
        List<String> providerSide = as(tenants.firstTeamMember(), unscoped::allNoteBodies);
        List<String> otherProvider = as(tenants.secondAccountManager(), unscoped::allNoteBodies);

        assertEquals(List.of("client secret " + tenants.tag()), clientSide);
        assertEquals(List.of("provider secret " + tenants.tag()), providerSide);
        assertEquals(List.of(), otherProvider);
    }

    @Test
    void anUnfilteredAuditQueryHidesTheOtherSidesPrivateEvents() throws Exception {
        List<String> providerView = as(tenants.firstAccountManager(), unscoped::allAuditedEntityTypes);

        assertTrue(providerView.contains("internal_notes:PROVIDER"), providerView.toString());
        assertFalse(providerView.contains("internal_notes:CLIENT"), providerView.toString());
    }

    @Test
    void theProvidersOrganisationRolesOpenNoBusinessDataWithoutAMembership() throws Exception {
        String providerPortfolioViewer = "portfolio1-" + tenants.tag() + "@test.example";
        // Refused by the domain for a provider; planted beneath it, as a careless data load might.
        ownerSql.execute("""
                insert into user_accounts (organisation_id, email, display_name, password_hash, organisation_role)
                select organisation_id, ?, 'Provider portfolio', password_hash, 'PORTFOLIO_VIEWER'
                from user_accounts where email = ?""", providerPortfolioViewer, tenants.firstAccountManager());

        for (String providerOrganisationRole : List.of(tenants.firstProviderAdmin(), providerPortfolioViewer)) {
            assertEquals(List.of(), as(providerOrganisationRole, unscoped::allNoteBodies), providerOrganisationRole);
            assertEquals(List.of(), as(providerOrganisationRole, unscoped::allAuditedEntityTypes),
                    providerOrganisationRole);
            assertThrows(NotFoundException.class, () -> as(providerOrganisationRole,
                    () -> workspaces.overview(tenants.withFirstProvider())), providerOrganisationRole);
        }
        assertEquals(List.of(), as(providerPortfolioViewer, unscoped::allWorkspaceIds));
        // The administrator still reads the workspace's name and parties, to give its own people roles there.
        assertEquals(List.of(tenants.withFirstProvider()), as(tenants.firstProviderAdmin(), unscoped::allWorkspaceIds));
    }
}

package io.tandem.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database backstop: queries without any workspace filter still return nothing foreign. */
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityIT {

    @Inject
    TenantFixtures fixtures;

    @Inject
    UnscopedQueries unscoped;

    @Inject
    InternalNoteService notes;

    @Inject
    Caller caller;

    private TenantFixtures.TwoEngagements tenants;

    @BeforeEach
    void createTenants() throws Exception {
        tenants = fixtures.twoEngagements();
        caller.runAs(tenants.relationshipManager(), () -> notes.add(tenants.withFirstProvider(), "client secret " + tenants.tag()));
        caller.runAs(tenants.firstAccountManager(), () -> notes.add(tenants.withFirstProvider(), "provider secret " + tenants.tag()));
    }

    @Test
    void servicesRunAsTheApplicationRoleThatOwnsNothing() throws Exception {
        assertEquals("tandem_app", caller.runAs(tenants.relationshipManager(), unscoped::currentRole));
    }

    @Test
    void anUnfilteredQueryReturnsOnlyTheCallersWorkspaces() throws Exception {
        assertEquals(List.of(tenants.withFirstProvider()),
                caller.runAs(tenants.firstAccountManager(), unscoped::allWorkspaceIds));
        assertEquals(List.of(tenants.withSecondProvider()),
                caller.runAs(tenants.secondAccountManager(), unscoped::allWorkspaceIds));
        assertEquals(List.of(), caller.runAs("nobody@test.example", unscoped::allWorkspaceIds));
        assertEquals(List.of(), unscoped.allWorkspaceIds());
    }

    @Test
    void anUnfilteredQueryReturnsOnlyTheCallersSidesNotes() throws Exception {
        List<String> clientSide = caller.runAs(tenants.relationshipManager(), unscoped::allNoteBodies);
        List<String> providerSide = caller.runAs(tenants.firstTeamMember(), unscoped::allNoteBodies);
        List<String> otherProvider = caller.runAs(tenants.secondAccountManager(), unscoped::allNoteBodies);

        assertEquals(List.of("client secret " + tenants.tag()), clientSide);
        assertEquals(List.of("provider secret " + tenants.tag()), providerSide);
        assertEquals(List.of(), otherProvider);
    }

    @Test
    void anUnfilteredAuditQueryHidesTheOtherSidesPrivateEvents() throws Exception {
        List<String> providerView = caller.runAs(tenants.firstAccountManager(), unscoped::allAuditedEntityTypes);

        assertTrue(providerView.contains("internal_notes:PROVIDER"), providerView.toString());
        assertFalse(providerView.contains("internal_notes:CLIENT"), providerView.toString());
    }
}

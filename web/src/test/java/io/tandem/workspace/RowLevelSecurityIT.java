package io.tandem.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

package io.tandem.workspace;

import io.tandem.tenancy.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Queries that "forget" their workspace filter, run the way any service runs, to show that
 * row-level security alone keeps foreign rows out.
 */
@Stateless
@Tenancy
public class UnscopedQueries {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Long> allWorkspaceIds() {
        return ((List<Number>) em.createNativeQuery("select id from workspaces").getResultList())
                .stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    public List<String> allNoteBodies() {
        return em.createNativeQuery("select body from internal_notes").getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> allAuditedEntityTypes() {
        return em.createNativeQuery("select entity_type || ':' || coalesce(private_to_party, '') from audit_events")
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> allInteractionRecordIds() {
        return em.createNativeQuery("select record_id from interactions order by record_id").getResultList();
    }

    /** One month's partition of interactions, read directly rather than through the partitioned table. */
    public Number countInPartition(String partition) {
        return (Number) em.createNativeQuery("select count(*) from " + partition).getSingleResult();
    }

    public String currentRole() {
        return (String) em.createNativeQuery("select current_user").getSingleResult();
    }

    public int tamperWithAuditTrail(String statement) {
        return em.createNativeQuery(statement).executeUpdate();
    }
}

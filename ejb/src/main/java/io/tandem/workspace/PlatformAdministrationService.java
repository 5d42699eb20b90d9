package io.tandem.workspace;

import io.tandem.platform.Country;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.Caller;
import io.tandem.tenancy.Organisation;
import io.tandem.tenancy.OrganisationKind;
import io.tandem.tenancy.OrganisationRole;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.Workspace;
import io.tandem.workspace.AdministrationRows.OrganisationRow;
import io.tandem.workspace.AdministrationRows.WorkspaceRow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The platform administrator's work: tenants, the workspaces between them and each tenant's
 * first administrator. No business data passes through here.
 */
@Stateless
@Tenancy
public class PlatformAdministrationService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    public List<OrganisationRow> organisations() {
        requirePlatformAdmin();
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class)
                .getResultList().stream().map(o -> new OrganisationRow(o.id(), o.name(), o.kind(), o.country())).toList();
    }

    public List<WorkspaceRow> workspaces() {
        requirePlatformAdmin();
        return em.createQuery("select w from Workspace w join fetch w.client join fetch w.provider order by w.name",
                        Workspace.class)
                .getResultList().stream()
                .map(w -> new WorkspaceRow(w.id(), w.name(), w.client().name(), w.provider().name())).toList();
    }

    public long createOrganisation(String name, OrganisationKind kind) {
        return createOrganisation(name, kind, Country.GB);
    }

    /** A new tenant based in the given country (which decides, for a client, what counts as onshore). */
    public long createOrganisation(String name, OrganisationKind kind, Country country) {
        requirePlatformAdmin();
        if (kind == null) {
            throw new DomainException("admin.organisation.kind.required");
        }
        if (country == null) {
            throw new DomainException("admin.organisation.country.required");
        }
        Organisation organisation = new Organisation(name, kind, country);
        boolean taken = !em.createQuery("select o.id from Organisation o where lower(o.name) = lower(:name)")
                .setParameter("name", organisation.name()).getResultList().isEmpty();
        if (taken) {
            throw new DomainException("admin.organisation.duplicate", organisation.name());
        }
        em.persist(organisation);
        em.flush();
        return organisation.id();
    }

    public long createWorkspace(String name, long clientId, long providerId) {
        requirePlatformAdmin();
        Workspace workspace = new Workspace(name, organisation(clientId), organisation(providerId));
        boolean taken = !em.createQuery("""
                        select w.id from Workspace w where w.client = :client and lower(w.name) = lower(:name)""")
                .setParameter("client", workspace.client()).setParameter("name", workspace.name())
                .getResultList().isEmpty();
        if (taken) {
            throw new DomainException("admin.workspace.duplicate", workspace.name());
        }
        em.persist(workspace);
        em.flush();
        return workspace.id();
    }

    /** Creates an organisation's administrator, who then creates everyone else. */
    public long createOrganisationAdmin(long organisationId, String email, String displayName, String initialPassword) {
        requirePlatformAdmin();
        UserAccount admin = NewUsers.create(em, passwords, organisation(organisationId), email, displayName,
                initialPassword);
        admin.grantOrganisationRole(OrganisationRole.ORG_ADMIN);
        return admin.id();
    }

    private Organisation organisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private void requirePlatformAdmin() {
        if (!caller.require().platformAdmin()) {
            throw new ForbiddenException();
        }
    }
}

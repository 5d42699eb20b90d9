package io.tandem.workspace;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.Caller;
import io.tandem.tenancy.CallerAccount;
import io.tandem.tenancy.Membership;
import io.tandem.tenancy.Organisation;
import io.tandem.tenancy.OrganisationRole;
import io.tandem.tenancy.Role;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.Workspace;
import io.tandem.workspace.AdministrationRows.MembershipRow;
import io.tandem.workspace.AdministrationRows.UserRow;
import io.tandem.workspace.AdministrationRows.WorkspaceRow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An organisation administrator's work on their own organisation: its users, and their roles in
 * the workspaces the organisation is a party to. Anyone else's users and workspaces are "not found".
 */
@Stateless
@Tenancy
public class UserAdministrationService {

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    public List<UserRow> users() {
        CallerAccount admin = requireAdmin();
        Map<Long, List<MembershipRow>> memberships = em.createQuery("""
                        select m from Membership m join fetch m.workspace join fetch m.user
                        where m.user.organisation.id = :organisation order by m.workspace.name""", Membership.class)
                .setParameter("organisation", admin.organisationId())
                .getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.user().id(), Collectors.mapping(
                        m -> new MembershipRow(m.id(), m.workspace().id(), m.workspace().name(), m.role()),
                        Collectors.toList())));
        return em.createQuery("select u from UserAccount u where u.organisation.id = :organisation order by u.displayName",
                        UserAccount.class)
                .setParameter("organisation", admin.organisationId())
                .getResultList().stream()
                .map(u -> new UserRow(u.id(), u.email(), u.displayName(), u.organisationRole(), u.active(),
                        memberships.getOrDefault(u.id(), List.of())))
                .toList();
    }

    /** The workspaces the administrator may give roles in: those their organisation is a party to. */
    public List<WorkspaceRow> workspaces() {
        CallerAccount admin = requireAdmin();
        return em.createQuery("""
                        select w from Workspace w join fetch w.client join fetch w.provider
                        where w.client.id = :organisation or w.provider.id = :organisation order by w.name""",
                        Workspace.class)
                .setParameter("organisation", admin.organisationId())
                .getResultList().stream()
                .map(w -> new WorkspaceRow(w.id(), w.name(), w.client().name(), w.provider().name())).toList();
    }

    public long createUser(String email, String displayName, String initialPassword) {
        CallerAccount admin = requireAdmin();
        return NewUsers.create(em, passwords, em.find(Organisation.class, admin.organisationId()), email, displayName,
                initialPassword).id();
    }

    /** Deactivates a user of the administrator's organisation; the last active administrator stays. */
    public void deactivate(long userId) {
        CallerAccount admin = requireAdmin();
        UserAccount user = ownUser(admin, userId);
        if (user.organisationRole() == OrganisationRole.ORG_ADMIN && user.active()) {
            long activeAdmins = em.createQuery("""
                            select count(u) from UserAccount u where u.organisation.id = :organisation
                            and u.organisationRole = :admin and u.active = true""", Long.class)
                    .setParameter("organisation", admin.organisationId())
                    .setParameter("admin", OrganisationRole.ORG_ADMIN)
                    .getSingleResult();
            if (activeAdmins <= 1) {
                throw new DomainException("admin.users.lastAdmin");
            }
        }
        user.deactivate();
    }

    /** Undoes a deactivation of a user of the administrator's organisation; memberships were kept. */
    public void reactivate(long userId) {
        ownUser(requireAdmin(), userId).reactivate();
    }

    public long grantMembership(long userId, long workspaceId, Role role) {
        CallerAccount admin = requireAdmin();
        UserAccount user = ownUser(admin, userId);
        Workspace workspace = em.find(Workspace.class, workspaceId);
        if (workspace == null || !(workspace.client().id().equals(admin.organisationId())
                || workspace.provider().id().equals(admin.organisationId()))) {
            throw new NotFoundException();
        }
        if (role == null) {
            throw new DomainException("admin.membership.role.required");
        }
        boolean already = !em.createQuery("select m.id from Membership m where m.user = :user and m.workspace = :workspace")
                .setParameter("user", user).setParameter("workspace", workspace).getResultList().isEmpty();
        if (already) {
            throw new DomainException("admin.membership.duplicate");
        }
        Membership membership = new Membership(user, workspace, role);
        em.persist(membership);
        em.flush();
        return membership.id();
    }

    public void revokeMembership(long membershipId) {
        CallerAccount admin = requireAdmin();
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || !admin.organisationId().equals(membership.user().organisation().id())) {
            throw new NotFoundException();
        }
        em.remove(membership);
    }

    private UserAccount ownUser(CallerAccount admin, long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.organisation() == null || !admin.organisationId().equals(user.organisation().id())) {
            throw new NotFoundException();
        }
        return user;
    }

    private CallerAccount requireAdmin() {
        CallerAccount account = caller.require();
        if (!account.organisationAdmin()) {
            throw new ForbiddenException();
        }
        return account;
    }
}

package io.tandem.tenancy;

/**
 * The signed-in user, as the tenancy rules and the page frame need them. The organisation's id, kind
 * and name are null for the platform administrator, who belongs to none.
 */
public record CallerAccount(long id, String email, String displayName, Long organisationId, String organisationName,
                            OrganisationKind organisationKind, OrganisationRole organisationRole,
                            boolean platformAdmin) {

    static CallerAccount of(UserAccount user) {
        Organisation organisation = user.organisation();
        return new CallerAccount(user.id(), user.email(), user.displayName(),
                organisation == null ? null : organisation.id(), organisation == null ? null : organisation.name(),
                organisation == null ? null : organisation.kind(), user.organisationRole(), user.platformAdmin());
    }

    public boolean organisationAdmin() {
        return organisationRole == OrganisationRole.ORG_ADMIN;
    }
}

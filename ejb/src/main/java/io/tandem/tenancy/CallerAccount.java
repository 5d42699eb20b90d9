package io.tandem.tenancy;

/** The signed-in user, as the tenancy rules need them. */
public record CallerAccount(long id, String email, Long organisationId, OrganisationKind organisationKind,
                            OrganisationRole organisationRole, boolean platformAdmin) {

    static CallerAccount of(UserAccount user) {
        Organisation organisation = user.organisation();
        return new CallerAccount(user.id(), user.email(), organisation == null ? null : organisation.id(),
                organisation == null ? null : organisation.kind(), user.organisationRole(), user.platformAdmin());
    }

    public boolean organisationAdmin() {
        return organisationRole == OrganisationRole.ORG_ADMIN;
    }
}

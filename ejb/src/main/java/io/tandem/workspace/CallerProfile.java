package io.tandem.workspace;

import io.tandem.tenancy.OrganisationKind;
import io.tandem.tenancy.OrganisationRole;

/** The signed-in user as the shell shows them. Organisation is null for the platform administrator. */
public record CallerProfile(String email, String displayName, String organisationName,
                            OrganisationKind organisationKind, OrganisationRole organisationRole,
                            boolean platformAdmin) {
}

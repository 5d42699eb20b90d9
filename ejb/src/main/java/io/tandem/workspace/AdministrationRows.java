package io.tandem.workspace;

import io.tandem.platform.Country;
import io.tandem.tenancy.OrganisationKind;
import io.tandem.tenancy.OrganisationRole;
import io.tandem.tenancy.Role;
import java.io.Serializable;
import java.util.List;

/** What the administration pages list: records only, no entities. */
public final class AdministrationRows {

    private AdministrationRows() {
    }

    public record OrganisationRow(long id, String name, OrganisationKind kind, Country country) implements Serializable {
    }

    public record WorkspaceRow(long id, String name, String clientName, String providerName) implements Serializable {
    }

    public record MembershipRow(long id, long workspaceId, String workspaceName, Role role) implements Serializable {
    }

    public record UserRow(long id, String email, String displayName, OrganisationRole organisationRole,
                          boolean active, List<MembershipRow> memberships) implements Serializable {
    }
}

package io.tandem.tenancy;

import io.tandem.platform.ForbiddenException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the caller may do in one workspace: the side they act for and the role that brings them
 * there (a membership role, or null with an organisation-wide role).
 */
public record WorkspaceGrant(long workspaceId, String workspaceName, long callerId, Party party, Role role,
                             OrganisationRole organisationRole) {

    public boolean allows(Permission permission) {
        return permission.grantedTo(role);
    }

    /** Everything the grant allows, in declaration order. */
    public Set<Permission> permissions() {
        Set<Permission> allowed = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (allows(permission)) {
                allowed.add(permission);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    public WorkspaceGrant require(Permission permission) {
        if (!allows(permission)) {
            throw new ForbiddenException();
        }
        return this;
    }

    /** Whether an item with this privacy is readable by the caller. */
    public boolean canSee(PartyPrivacy privacy) {
        return privacy.visibleTo(party);
    }

    /** The access a page shows: the membership role, else the organisation-wide one. */
    public String access() {
        return role != null ? role.name() : organisationRole.name();
    }
}

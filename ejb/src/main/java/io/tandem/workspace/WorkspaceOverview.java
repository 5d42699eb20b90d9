package io.tandem.workspace;

import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A workspace as its home page shows it to one caller, with everything the caller may do in it
 * ({@code permissions}; pages ask {@code allows('VIEW_CREDITS')}).
 */
public record WorkspaceOverview(long id, String name, String clientName, String providerName, Party party,
                                String access, Set<Permission> permissions, List<Member> members)
        implements Serializable {

    /** Pages pass the name, which EL turns into the constant: {@code overview.allows('VIEW_CREDITS')}. */
    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public record Member(String name, String organisation, String role) implements Serializable {
    }
}

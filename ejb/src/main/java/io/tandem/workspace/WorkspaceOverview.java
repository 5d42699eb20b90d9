package io.tandem.workspace;

import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import java.io.Serializable;
import java.util.Set;

/**
 * A workspace as every page inside it shows it to one caller (its name and parties on the tabs), with
 * everything the caller may do in it ({@code permissions}; pages ask {@code allows('VIEW_CREDITS')}).
 * Its home page adds the members: {@link WorkspaceDetails}.
 */
public record WorkspaceOverview(long id, String name, String clientName, String providerName, Party party,
                                String access, Set<Permission> permissions) implements Serializable {

    /** Pages pass the name, which EL turns into the constant: {@code overview.allows('VIEW_CREDITS')}. */
    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }
}

package io.tandem.workspace;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A workspace as its home page shows it to one caller, with everything the caller may do in it
 * ({@code permissions}; pages ask {@code allows('VIEW_CREDITS')}).
 */
public record WorkspaceOverview(long id, String name, String clientName, String providerName, Party party,
                                String access, boolean mayWriteNotes, boolean mayReadAuditTrail,
                                boolean mayViewContracts, boolean mayManageContracts, boolean mayCompleteObligations,
                                Set<Permission> permissions, List<Member> members) implements Serializable {

    public boolean allows(String permission) {
        return permissions.contains(Permission.valueOf(permission));
    }

    public record Member(String name, String organisation, String role) implements Serializable {
    }
}

package io.tandem.workspace;

import io.tandem.tenancy.Party;
import io.tandem.tenancy.Permission;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** A workspace as its home page and the API show it: its {@link WorkspaceOverview} and its members. */
public record WorkspaceDetails(long id, String name, String clientName, String providerName, Party party,
                               String access, Set<Permission> permissions, List<Member> members)
        implements Serializable {

    public WorkspaceDetails {
        members = List.copyOf(members);
    }

    static WorkspaceDetails of(WorkspaceOverview overview, List<Member> members) {
        return new WorkspaceDetails(overview.id(), overview.name(), overview.clientName(), overview.providerName(),
                overview.party(), overview.access(), overview.permissions(), members);
    }

    public WorkspaceOverview overview() {
        return new WorkspaceOverview(id, name, clientName, providerName, party, access, permissions);
    }

    public record Member(String name, String organisation, String role) implements Serializable {
    }
}

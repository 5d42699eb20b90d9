package io.tandem.workspace;

import java.io.Serializable;
import java.util.List;

/** A workspace as its home page shows it to one caller. */
public record WorkspaceOverview(long id, String name, String clientName, String providerName, Party party,
                                String access, boolean mayWriteNotes, boolean mayReadAuditTrail,
                                boolean mayViewContracts, boolean mayManageContracts, boolean mayCompleteObligations,
                                List<Member> members) implements Serializable {

    public record Member(String name, String organisation, String role) implements Serializable {
    }
}

package io.tandem.tenancy;

/** A user's role in one workspace, and the side it acts for. */
public enum Role {
    CLIENT_RELATIONSHIP_MANAGER(Party.CLIENT),
    PROCUREMENT(Party.CLIENT),
    CLIENT_ANALYST(Party.CLIENT),
    PROVIDER_ACCOUNT_MANAGER(Party.PROVIDER),
    PROVIDER_TEAM_MEMBER(Party.PROVIDER),
    EXTERNAL_REVIEWER(Party.THIRD_PARTY);

    private final Party party;

    /** The side must match the table workspace_roles (V9); DatabaseMigrationIT compares them. */
    Role(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }

    /** The kind of organisation whose staff may hold this role. */
    public OrganisationKind heldBy() {
        return switch (party) {
            case CLIENT -> OrganisationKind.CLIENT;
            case PROVIDER -> OrganisationKind.PROVIDER;
            case THIRD_PARTY -> OrganisationKind.REVIEWER;
        };
    }
}

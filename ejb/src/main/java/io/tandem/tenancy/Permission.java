package io.tandem.tenancy;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a grant allows inside one workspace: the one matrix of roles and permissions that services
 * enforce and pages follow to show or hide actions. Organisation-wide roles (administrator,
 * portfolio viewer) read; only a membership role writes.
 */
public enum Permission {
    /** Open the workspace and read what its parties share. */
    VIEW_WORKSPACE(EnumSet.allOf(Role.class), true),
    /** Write internal notes for one's own side. */
    WRITE_INTERNAL_NOTES(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT,
            Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), false),
    /** Read the workspace's contracts and their commercial terms. */
    VIEW_CONTRACTS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT, Role.CLIENT_ANALYST,
            Role.PROVIDER_ACCOUNT_MANAGER), true),
    /** Draft contracts, change their terms and credit regime, and move them through their lifecycle. */
    MANAGE_CONTRACTS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT), false),
    /** Mark one's own side's contract obligations done (only roles that may read them). */
    COMPLETE_OBLIGATIONS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT,
            Role.PROVIDER_ACCOUNT_MANAGER), false),
    /** Read service levels, measurements, disputes, relief and the scorecard. */
    VIEW_SERVICE_LEVELS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT, Role.CLIENT_ANALYST,
            Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), true),
    /** Define service levels and change their targets. */
    MANAGE_SERVICE_LEVELS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT), false),
    /** Enter and correct measurements, one at a time or in bulk: the provider's people. */
    SUBMIT_MEASUREMENTS(EnumSet.of(Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), false),
    /**
     * Import and delete files of interaction records, the contacts the provider handled: its
     * people send them. Reading the imports goes with {@link #VIEW_SERVICE_LEVELS}.
     */
    IMPORT_INTERACTIONS(EnumSet.of(Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), false),
    /** Answer the client's disputes and ask for relief: the provider's account manager speaks for it. */
    ANSWER_DISPUTES(EnumSet.of(Role.PROVIDER_ACCOUNT_MANAGER), false),
    /** Accept or dispute measurements, resolve disputes and decide relief: the client's side. */
    REVIEW_MEASUREMENTS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER), false),
    /** Read service credits and how each was computed: commercial, like contract terms. */
    VIEW_CREDITS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT, Role.CLIENT_ANALYST,
            Role.PROVIDER_ACCOUNT_MANAGER), true),
    /** Replay past performance under a proposed credit regime: procurement's tool before signing. */
    SIMULATE_CREDITS(EnumSet.of(Role.PROCUREMENT), false),
    /** Read the workspace's data-sharing agreements, their versions and the feed log. */
    VIEW_DATA_SHARING(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT, Role.CLIENT_ANALYST,
            Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), true),
    /** Draft data-sharing agreements and change their terms: either party proposes. */
    MANAGE_DATA_SHARING(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT,
            Role.PROVIDER_ACCOUNT_MANAGER), false),
    /**
     * Sign a data-sharing agreement for one's party, or revoke it: the authorised signatories, the
     * client's relationship manager and the provider's account manager.
     */
    SIGN_DATA_SHARING(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROVIDER_ACCOUNT_MANAGER), false),
    /** Record in the feed log data shared under an agreement: whoever sends or imports it. */
    RECORD_DATA_FEEDS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT,
            Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), false),
    /** Read improvement ideas, their comments, attachments, benefit and figures. */
    VIEW_IDEAS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT, Role.CLIENT_ANALYST,
            Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), true),
    /** Propose ideas, edit them until decided, comment, vote and attach files: both sides' working roles. */
    PROPOSE_IDEAS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT,
            Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), false),
    /** Take ideas into review, approve or reject them: the client's relationship manager sponsors ideas. */
    DECIDE_IDEAS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER), false),
    /** Report an approved idea's progress: in progress, implemented (either side, as the work is joint). */
    PROGRESS_IDEAS(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROVIDER_ACCOUNT_MANAGER,
            Role.PROVIDER_TEAM_MEMBER), false),
    /** Record an implemented idea's realised benefit, or confirm the one the other side recorded. */
    CLAIM_BENEFIT(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROVIDER_ACCOUNT_MANAGER), false),
    /**
     * Read the workspace's audit trail. The other side's private events stay hidden, and so do
     * events about records the reader's role may not read (see {@code AuditedRecords}).
     */
    READ_AUDIT_TRAIL(EnumSet.of(Role.CLIENT_RELATIONSHIP_MANAGER, Role.PROCUREMENT, Role.CLIENT_ANALYST,
            Role.PROVIDER_ACCOUNT_MANAGER, Role.PROVIDER_TEAM_MEMBER), true);

    private final Set<Role> roles;
    private final boolean readOnly;

    Permission(Set<Role> roles, boolean readOnly) {
        this.roles = roles;
        this.readOnly = readOnly;
    }

    /**
     * Whether it only reads. Every other permission is an act (a change, or a tool such as the
     * simulator) that only a membership role may carry.
     */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether a membership role, or (when role is null) an organisation-wide role, carries this permission. */
    boolean grantedTo(Role role) {
        return role == null ? readOnly : roles.contains(role);
    }
}

package io.tandem.tenancy;

/** Roles that reach across all of the user's own organisation's workspaces. */
public enum OrganisationRole {
    /** Manages the organisation's users and their memberships. */
    ORG_ADMIN,
    /** Reads every workspace of a client organisation, e.g. for the portfolio dashboard. */
    PORTFOLIO_VIEWER
}

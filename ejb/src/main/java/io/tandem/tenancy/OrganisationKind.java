package io.tandem.tenancy;

/** What a tenant is to the relationships it takes part in. */
public enum OrganisationKind {
    /** Buys the customer-facing work. */
    CLIENT,
    /** Delivers it: contact centre, back office, analytics or direct-marketing agency. */
    PROVIDER,
    /** An independent firm whose staff score quality for a workspace and see nothing else. */
    REVIEWER
}

package io.tandem.tenancy;

/** The side of a workspace a role acts for; party-private content belongs to one of these. */
public enum Party {
    CLIENT,
    PROVIDER,
    THIRD_PARTY
}

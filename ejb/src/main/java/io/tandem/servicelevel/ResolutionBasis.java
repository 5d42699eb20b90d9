package io.tandem.servicelevel;

/** What a computed first-contact resolution counts as resolved at first contact. */
public enum ResolutionBasis {
    /** No further contact by the same customer within N days after this one. */
    REPEAT_CONTACT,
    /** The contact centre's own {@code resolved} flag on the record. */
    RESOLVED_FLAG
}

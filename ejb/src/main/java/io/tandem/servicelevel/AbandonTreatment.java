package io.tandem.servicelevel;

/**
 * How a computed service level counts a contact abandoned within T seconds (after the short-abandon
 * threshold): the three conventions contracts use. An abandon after T is always a failure.
 */
public enum AbandonTreatment {
    /** Left out of the offered contacts altogether: answered within T / (offered − abandoned within T). */
    IGNORE,
    /** Counted as offered and not answered within T: a failure. */
    FAILURE,
    /** Counted as offered and as a success, as if answered within T. */
    SUCCESS
}

package io.tandem.datasharing;

/**
 * Where an agreement's current version stands: no signature yet, one party's, both (in force), or
 * revoked by either party (final).
 */
public enum AgreementStatus {
    DRAFT, PARTLY_SIGNED, ACTIVE, REVOKED
}

package io.tandem.contract;

/** Where an obligation stands on a given day; overdue is derived from the due date, never stored. */
public enum ObligationStatus {
    OPEN,
    OVERDUE,
    DONE
}

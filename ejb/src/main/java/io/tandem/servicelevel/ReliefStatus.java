package io.tandem.servicelevel;

/** A relief request's decision. Only approved relief excuses a period. */
public enum ReliefStatus {
    REQUESTED, APPROVED, REJECTED
}

package io.tandem.contract;

/** How close a contract in force is to the last day on which notice can be given. */
public enum NoticeWarning {
    NONE,
    /** The notice date is within the warning period: decide now whether to renew. */
    APPROACHING,
    /** The notice date has passed: the renewal terms now apply. */
    PASSED
}

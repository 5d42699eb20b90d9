package io.tandem.interaction;

/** How an interaction import ended: its rows stored, the file refused (nothing stored), or its rows removed later. */
public enum ImportOutcome {
    STORED, REJECTED, DELETED
}

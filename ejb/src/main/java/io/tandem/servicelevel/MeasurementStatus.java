package io.tandem.servicelevel;

import java.util.Arrays;
import java.util.List;

/** Where a measurement stands between the provider's submission and both parties' agreement. */
public enum MeasurementStatus {
    /** Submitted by the provider, awaiting the client's review; the provider may still correct it. */
    SUBMITTED,
    /** Accepted by the client as submitted. */
    ACCEPTED,
    /** Questioned by the client: a conversation is open. */
    DISPUTED,
    /** The dispute ended with an agreed value, possibly corrected. */
    RESOLVED;

    /** Whether the value is settled and counts toward results and credits. */
    public boolean settled() {
        return this == ACCEPTED || this == RESOLVED;
    }

    /** The settled statuses, for queries. */
    public static List<MeasurementStatus> allSettled() {
        return Arrays.stream(values()).filter(MeasurementStatus::settled).toList();
    }
}

package io.tandem.servicelevel;

/** Where a credit stands in its earn-back window. */
public enum CreditStatus {
    /** The level has been met in every following period so far, but not yet in all of them. */
    PENDING_EARN_BACK,
    /** Met in each of the following periods the regime asks for: the credit is waived. */
    EARNED_BACK,
    /** Missed again within the window (or the regime has no earn-back): the credit is due. */
    PAYABLE
}

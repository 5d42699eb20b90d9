package io.tandem.datasharing;

/**
 * The maintained list of kinds of customer data an agreement may cover, each with the lowest
 * sensitivity an agreement may give it (payment data is never "low"). Add a kind here, with its
 * labels {@code datasharing.category.<NAME>} in both bundles and a value in the check constraint
 * of {@code data_sharing_categories} (V13 lists them; a new migration widens it).
 */
public enum DataCategory {
    CONTACT_DETAILS(Sensitivity.MODERATE),
    ACCOUNT_DATA(Sensitivity.MODERATE),
    PAYMENT_DATA(Sensitivity.HIGH),
    IDENTITY_DOCUMENTS(Sensitivity.HIGH),
    HEALTH_DATA(Sensitivity.SPECIAL_CATEGORY),
    CALL_RECORDINGS(Sensitivity.HIGH),
    TRANSCRIPTS(Sensitivity.HIGH),
    CUSTOMER_FEEDBACK(Sensitivity.LOW),
    AGENT_PERFORMANCE(Sensitivity.MODERATE),
    INTERACTION_RECORDS(Sensitivity.MODERATE);

    private final Sensitivity minimum;

    DataCategory(Sensitivity minimum) {
        this.minimum = minimum;
    }

    public Sensitivity minimum() {
        return minimum;
    }
}

package io.tandem.datasharing;

/** What makes a transfer out of the client's legal area lawful. */
public enum TransferMechanism {
    ADEQUACY, STANDARD_CONTRACTUAL_CLAUSES, BINDING_CORPORATE_RULES
}

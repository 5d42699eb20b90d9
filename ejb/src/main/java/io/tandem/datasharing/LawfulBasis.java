package io.tandem.datasharing;

/** The lawful bases for processing personal data (GDPR Article 6(1)). */
public enum LawfulBasis {
    CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS
}

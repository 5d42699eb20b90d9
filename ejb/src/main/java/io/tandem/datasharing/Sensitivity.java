package io.tandem.datasharing;

/** How much harm a leak would do, least first; special category is GDPR's Article 9 data. */
public enum Sensitivity {
    LOW, MODERATE, HIGH, SPECIAL_CATEGORY
}

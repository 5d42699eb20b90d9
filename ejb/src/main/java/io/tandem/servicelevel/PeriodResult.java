package io.tandem.servicelevel;

/** How one period went against its target: green, amber or red. */
public enum PeriodResult {
    /** At or better than the expected level. */
    MET,
    /** Between the minimum and the expected level. */
    BELOW_EXPECTED,
    /** Worse than the minimum level: a critical level's breach earns a credit. */
    BREACHED
}

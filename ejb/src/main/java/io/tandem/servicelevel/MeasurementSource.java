package io.tandem.servicelevel;

/** How a value reached Tandem. */
public enum MeasurementSource {
    MANUAL, IMPORT, API, COMPUTED
}

package io.tandem.datasharing;

import io.tandem.platform.Country;

/**
 * Where data is processed, seen from the client organisation's country: in it (onshore), in its
 * legal area or its region (nearshore), or further (offshore). Declared from nearest to furthest,
 * so the furthest of several is the greatest.
 */
public enum LocationClass {
    ONSHORE, NEARSHORE, OFFSHORE;

    /**
     * Same country: onshore. Same legal area (say, two EEA members) or same region (Europe and the
     * Mediterranean, the Americas, ...): nearshore. Anything else: offshore.
     */
    public static LocationClass of(Country client, Country location) {
        if (client == location) {
            return ONSHORE;
        }
        if (client.legalArea().equals(location.legalArea()) || client.region() == location.region()) {
            return NEARSHORE;
        }
        return OFFSHORE;
    }

    /** Whether data going there leaves the client's legal area and so needs a transfer mechanism. */
    public static boolean needsMechanism(Country client, Country location) {
        return !client.legalArea().equals(location.legalArea());
    }
}

package io.tandem.datasharing;

/** Which way customer data moves between the workspace's parties. */
public enum SharingDirection {
    CLIENT_TO_PROVIDER, PROVIDER_TO_CLIENT, BOTH;

    /** Whether an agreement in this direction covers data moving in the given one. */
    public boolean covers(SharingDirection moving) {
        return this == BOTH || this == moving;
    }
}

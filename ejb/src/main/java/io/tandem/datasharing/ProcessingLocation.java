package io.tandem.datasharing;

import java.io.Serializable;

/**
 * A country where data is processed, by the provider itself ({@code subProcessor} null) or by a
 * named sub-processor, and the transfer mechanism relied on when that country is outside the
 * client's legal area (null when none is named).
 */
public record ProcessingLocation(String country, TransferMechanism mechanism, String subProcessor)
        implements Serializable {
}

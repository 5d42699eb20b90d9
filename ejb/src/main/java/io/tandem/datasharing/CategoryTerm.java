package io.tandem.datasharing;

import java.io.Serializable;

/** One kind of data an agreement covers, at the sensitivity the parties gave it. */
public record CategoryTerm(DataCategory category, Sensitivity sensitivity) implements Serializable {
}

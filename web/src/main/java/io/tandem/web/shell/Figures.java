package io.tandem.web.shell;

import java.math.BigDecimal;

/** Stored figures as people type them into forms. */
public final class Figures {

    private Figures() {
    }

    /** 12.0000 as 12 and 40.5000 as 40.5; never in exponent notation (40.0000 stripped is 4E+1). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

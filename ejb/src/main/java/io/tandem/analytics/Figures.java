package io.tandem.analytics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Summed figures of a computed level over some contacts: its formula's numerator and denominator
 * and the contacts offered. Every formula is a sum over contacts, so figures of intervals add up.
 */
public record Figures(BigDecimal numerator, BigDecimal denominator, long offered) implements Serializable {

    public static final Figures NONE = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public Figures plus(Figures other) {
        return new Figures(numerator.add(other.numerator), denominator.add(other.denominator), offered + other.offered);
    }
}

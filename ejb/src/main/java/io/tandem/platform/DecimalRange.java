package io.tandem.platform;

import java.math.BigDecimal;

/**
 * The numbers a field accepts from outside: from {@code min} to {@code max}, with at most
 * {@code maxScale} decimals (what its column keeps). Checked before any arithmetic, looking only
 * at the number's precision and exponent first, so that {@code 1e1000000} or {@code 1e-1000000} is
 * refused in microseconds instead of being expanded into a million digits. A value with more
 * decimals than the field keeps is refused, never rounded; trailing zeros do not count
 * ({@code 1.500} is 1.5).
 */
public record DecimalRange(BigDecimal min, BigDecimal max, int maxScale) {

    /** Longest literal worth parsing (files, forms); no field holds more than about twenty significant digits. */
    public static final int MAX_LITERAL_LENGTH = 64;
    /** Significant digits beyond which stripping trailing zeros would itself cost time. */
    private static final int MAX_PRECISION = 1000;

    /** Percentages as the database keeps them: {@code numeric(7, 4)}, 0 to 100. */
    public static final DecimalRange PERCENT = of("0", "100", 4);

    public DecimalRange {
        if (min.compareTo(max) > 0 || maxScale < 0) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }

    public static DecimalRange of(String min, String max, int maxScale) {
        return new DecimalRange(new BigDecimal(min), new BigDecimal(max), maxScale);
    }

    /**
     * The value when it lies in range with no more decimals than allowed (null stays null: whether
     * a value is required is the caller's rule); otherwise a refusal naming the field and the range.
     */
    public BigDecimal require(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal exact = exact(value);
        if (exact == null) {
            throw refusal(field, value);
        }
        return exact;
    }

    public boolean contains(BigDecimal value) {
        return value != null && exact(value) != null;
    }

    /** The value without decimals beyond the allowed ones (all zeros), or null when it does not fit. */
    private BigDecimal exact(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > Math.max(integerDigits(min), integerDigits(max))) {
            return null;
        }
        BigDecimal exact = value;
        if (value.scale() > maxScale) {
            // Only trailing zeros may lie beyond the allowed decimals; anything else is refused.
            if (value.precision() > MAX_PRECISION || value.precision() <= (long) value.scale() - maxScale) {
                return null;
            }
            exact = value.stripTrailingZeros();
            if (exact.scale() > maxScale) {
                return null;
            }
        }
        return exact.compareTo(min) < 0 || exact.compareTo(max) > 0 ? null : exact;
    }

    private DomainException refusal(String field, Object input) {
        return new DomainException("number.range", field, min.toPlainString(), max.toPlainString(), maxScale,
                input.toString());
    }

    private static long integerDigits(BigDecimal bound) {
        return bound.signum() == 0 ? 0 : (long) bound.precision() - bound.scale();
    }
}

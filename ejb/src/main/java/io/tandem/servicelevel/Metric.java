package io.tandem.servicelevel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a service level measures. Standard contact-centre metrics fix their unit, which way is
 * better, the range a value can take and the "perfect" value continuous improvement moves toward;
 * a custom metric leaves direction to the contract and has no perfect value, so continuous
 * improvement does not apply to it.
 */
public enum Metric {
    /** % of offered contacts answered within T seconds; T is the parameter. */
    SERVICE_LEVEL(Unit.PERCENT, Direction.HIGHER_IS_BETTER, Parameter.THRESHOLD_SECONDS, true, "100"),
    /** Seconds: total wait of answered contacts / contacts answered. */
    AVERAGE_SPEED_OF_ANSWER(Unit.SECONDS, Direction.LOWER_IS_BETTER, Parameter.NONE, true, "0"),
    /** % of offered contacts abandoned before answer. */
    ABANDONMENT_RATE(Unit.PERCENT, Direction.LOWER_IS_BETTER, Parameter.NONE, true, "0"),
    /** % of contacts with no repeat contact within N days; N is the parameter. */
    FIRST_CONTACT_RESOLUTION(Unit.PERCENT, Direction.HIGHER_IS_BETTER, Parameter.REPEAT_WINDOW_DAYS, true, "100"),
    /** Seconds of talk, hold and wrap per handled contact. Shorter is not "perfect" at zero, so no improvement. */
    AVERAGE_HANDLE_TIME(Unit.SECONDS, Direction.LOWER_IS_BETTER, Parameter.NONE, true, null),
    /** Top-two-box %: ratings of 4 or 5 / ratings given. */
    CSAT(Unit.PERCENT, Direction.HIGHER_IS_BETTER, Parameter.NONE, true, "100"),
    /** % promoters (9-10) minus % detractors (0-6), from -100 to 100. */
    NPS(Unit.SCORE, Direction.HIGHER_IS_BETTER, Parameter.NONE, false, "100"),
    /** Average quality review score, 0-100. */
    QUALITY_SCORE(Unit.PERCENT, Direction.HIGHER_IS_BETTER, Parameter.NONE, false, "100"),
    /** Defined in words by the contract; either direction. */
    CUSTOM(Unit.ANY, null, Parameter.NONE, true, null);

    /** How values read and which ones are possible. */
    public enum Unit {
        PERCENT("0", "100"), SECONDS("0", null), SCORE("-100", "100"), ANY(null, null);

        private final BigDecimal lowest;
        private final BigDecimal highest;

        Unit(String lowest, String highest) {
            this.lowest = lowest == null ? null : new BigDecimal(lowest);
            this.highest = highest == null ? null : new BigDecimal(highest);
        }

        /** The lowest possible value, or null when unbounded. */
        public BigDecimal lowest() {
            return lowest;
        }

        /** The highest possible value, or null when unbounded. */
        public BigDecimal highest() {
            return highest;
        }

        public boolean admits(BigDecimal value) {
            return (lowest == null || value.compareTo(lowest) >= 0) && (highest == null || value.compareTo(highest) <= 0);
        }
    }

    /** The metric's one parameter, if it has one, and its allowed range. */
    public enum Parameter {
        NONE(0, 0), THRESHOLD_SECONDS(1, 3600), REPEAT_WINDOW_DAYS(1, 90);

        private final int lowest;
        private final int highest;

        Parameter(int lowest, int highest) {
            this.lowest = lowest;
            this.highest = highest;
        }

        public int lowest() {
            return lowest;
        }

        public int highest() {
            return highest;
        }
    }

    private final Unit unit;
    private final Direction direction;
    private final Parameter parameter;
    private final boolean ratio;
    private final BigDecimal perfect;

    Metric(Unit unit, Direction direction, Parameter parameter, boolean ratio, String perfect) {
        this.unit = unit;
        this.direction = direction;
        this.parameter = parameter;
        this.ratio = ratio;
        this.perfect = perfect == null ? null : new BigDecimal(perfect);
    }

    public Unit unit() {
        return unit;
    }

    /** The fixed direction of a standard metric; null for a custom one. */
    public Direction direction() {
        return direction;
    }

    public Parameter parameter() {
        return parameter;
    }

    /** Whether a value may come with the numerator and denominator it was computed from. */
    public boolean ratio() {
        return ratio;
    }

    /**
     * Whether Tandem can compute the metric from interaction records: every standard contact-centre
     * metric can; a quality score comes from reviews and a custom metric from the contract's words.
     */
    public boolean computable() {
        return this != QUALITY_SCORE && this != CUSTOM;
    }

    /** The best possible value, or null when there is none to improve toward. */
    public BigDecimal perfect() {
        return perfect;
    }

    /**
     * The value a numerator and denominator give, rounded half-up once to {@code scale} decimals:
     * a percentage for percent metrics, a plain quotient otherwise (seconds per contact).
     */
    public BigDecimal valueOf(BigDecimal numerator, BigDecimal denominator, int scale) {
        BigDecimal quotient = unit == Unit.PERCENT ? numerator.multiply(BigDecimal.valueOf(100)) : numerator;
        return quotient.divide(denominator, scale, RoundingMode.HALF_UP);
    }
}

package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A service level's expected and minimum levels and which way is better. The minimum is never
 * better than the expected level.
 */
@Embeddable
public class Target {

    private static final int IMPROVEMENT_SCALE = 2;

    @Column(name = "expected_level", precision = 19, scale = 4)
    private BigDecimal expected;

    @Column(name = "minimum_level", precision = 19, scale = 4)
    private BigDecimal minimum;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 20)
    private Direction direction;

    protected Target() {
    }

    public Target(BigDecimal expected, BigDecimal minimum, Direction direction) {
        if (expected == null || minimum == null || direction == null) {
            throw new DomainException("servicelevel.target.incomplete");
        }
        MeasuredValue.FIGURE.require("expectedLevel", expected);
        MeasuredValue.FIGURE.require("minimumLevel", minimum);
        if (!direction.meets(expected, minimum)) {
            throw new DomainException("servicelevel.target.minimumBetterThanExpected");
        }
        this.expected = expected;
        this.minimum = minimum;
        this.direction = direction;
    }

    public static Target of(String expected, String minimum, Direction direction) {
        return new Target(new BigDecimal(expected), new BigDecimal(minimum), direction);
    }

    public PeriodResult evaluate(BigDecimal value) {
        if (direction.meets(value, expected)) {
            return PeriodResult.MET;
        }
        return direction.meets(value, minimum) ? PeriodResult.BELOW_EXPECTED : PeriodResult.BREACHED;
    }

    /**
     * Continuous improvement for one contract year: the expected level moves toward perfect by
     * {@code ratePercent} of the remaining gap, the step rounded half-up to two decimals (whatever
     * scale the agreed level was written or stored with, so that a reader's sum and the
     * application's agree; the agreed level itself is never rounded). The minimum stays: moving the
     * expected level toward perfect only widens the band.
     */
    public Target improvedToward(BigDecimal perfect, BigDecimal ratePercent) {
        BigDecimal gap = perfect.subtract(expected);
        BigDecimal step = gap.multiply(ratePercent).divide(BigDecimal.valueOf(100), IMPROVEMENT_SCALE,
                RoundingMode.HALF_UP);
        return new Target(expected.add(step), minimum, direction);
    }

    public BigDecimal expected() {
        return expected;
    }

    public BigDecimal minimum() {
        return minimum;
    }

    public Direction direction() {
        return direction;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target that && expected.compareTo(that.expected) == 0
                && minimum.compareTo(that.minimum) == 0 && direction == that.direction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(expected.stripTrailingZeros(), minimum.stripTrailingZeros(), direction);
    }

    @Override
    public String toString() {
        return "expected " + expected.toPlainString() + ", minimum " + minimum.toPlainString() + ", " + direction;
    }
}

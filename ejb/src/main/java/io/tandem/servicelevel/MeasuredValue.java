package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A period's value with, where the metric is a ratio, the numerator and denominator it came from
 * (answered within T seconds / offered, say). Given both, the value follows from them; a value
 * stated as well must agree with them at the precision it is stated in.
 */
public record MeasuredValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    /** Values a ratio yields are kept at two decimals unless stated more finely. */
    private static final int DERIVED_SCALE = 2;

    public static MeasuredValue of(Metric metric, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        if ((numerator == null) != (denominator == null)) {
            throw new DomainException("servicelevel.measurement.ratio.incomplete");
        }
        BigDecimal result = value;
        if (numerator != null) {
            if (!metric.ratio()) {
                throw new DomainException("servicelevel.measurement.ratio.notApplicable");
            }
            if (denominator.signum() <= 0 || numerator.signum() < 0) {
                throw new DomainException("servicelevel.measurement.ratio.negative");
            }
            if (metric.unit() == Metric.Unit.PERCENT && numerator.compareTo(denominator) > 0) {
                throw new DomainException("servicelevel.measurement.ratio.numeratorAboveDenominator");
            }
            BigDecimal derived = metric.valueOf(numerator, denominator);
            if (value == null) {
                result = derived.setScale(DERIVED_SCALE, RoundingMode.HALF_UP);
            } else if (derived.setScale(Math.max(0, value.scale()), RoundingMode.HALF_UP).compareTo(value) != 0) {
                throw new DomainException("servicelevel.measurement.ratio.disagrees", value.toPlainString(),
                        derived.setScale(DERIVED_SCALE, RoundingMode.HALF_UP).toPlainString());
            }
        }
        if (result == null) {
            throw new DomainException("servicelevel.measurement.value.required");
        }
        if (!metric.unit().admits(result)) {
            throw outOfRange(metric.unit(), result.toPlainString());
        }
        return new MeasuredValue(result, numerator, denominator);
    }

    private static DomainException outOfRange(Metric.Unit unit, String value) {
        return switch (unit) {
            case PERCENT -> new DomainException("servicelevel.measurement.value.range.percent", value);
            case SECONDS -> new DomainException("servicelevel.measurement.value.range.seconds", value);
            case SCORE, ANY -> new DomainException("servicelevel.measurement.value.range.score", value);
        };
    }
}

package io.tandem.servicelevel;

import io.tandem.platform.DecimalRange;
import io.tandem.platform.DomainException;
import java.math.BigDecimal;

/**
 * A period's value with, where the metric is a ratio, the numerator and denominator it came from
 * (answered within T seconds / offered, say). Given both, the value follows from them; a value
 * stated as well must agree with them at the precision it is stated in.
 */
public record MeasuredValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    /** Values a ratio yields are kept at two decimals unless stated more finely. */
    private static final int DERIVED_SCALE = 2;
    /** What the database keeps: four decimals, fifteen digits before the point. */
    private static final int MAX_SCALE = 4;
    static final DecimalRange FIGURE = DecimalRange.of("-999999999999999.9999", "999999999999999.9999", MAX_SCALE);

    public static MeasuredValue of(Metric metric, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        // Bounded before any arithmetic: 1e-1000000 must not become a division at a million decimals.
        for (BigDecimal figure : new BigDecimal[] {value, numerator, denominator}) {
            if (figure != null && (figure.scale() > MAX_SCALE || !FIGURE.contains(figure))) {
                throw new DomainException("servicelevel.measurement.value.precision",
                        figure.toString(), MAX_SCALE);
            }
        }
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
            if (value == null) {
                result = metric.valueOf(numerator, denominator, DERIVED_SCALE);
            } else if (metric.valueOf(numerator, denominator, Math.max(0, value.scale())).compareTo(value) != 0) {
                throw new DomainException("servicelevel.measurement.ratio.disagrees", value.toPlainString(),
                        metric.valueOf(numerator, denominator, DERIVED_SCALE).toPlainString());
            }
        }
        if (result == null) {
            throw new DomainException("servicelevel.measurement.value.required");
        }
        if (result.scale() > MAX_SCALE || !FIGURE.contains(result)) {
            throw new DomainException("servicelevel.measurement.value.precision", result.toPlainString(), MAX_SCALE);
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

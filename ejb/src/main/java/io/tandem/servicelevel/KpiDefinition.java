package io.tandem.servicelevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that decides a computed level's figure: its metric, T seconds or N days, and the
 * conventions of {@link ComputedMetric}. Pages and the API print its {@link #clauses()} beside
 * every figure, so that either party can recompute the number by hand.
 */
public record KpiDefinition(Metric metric, Integer parameter, Integer shortAbandonSeconds,
                            AbandonTreatment abandonTreatment, ResolutionBasis resolutionBasis) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One phrase of the definition: a message key and its arguments (seconds, days). */
    public record Clause(String key, List<Integer> arguments) implements Serializable {

        static Clause of(String key, Integer... arguments) {
            return new Clause(key, List.of(arguments));
        }
    }

    /** The definition of a computed level; null for a reported one. */
    public static KpiDefinition of(ServiceLevel level) {
        ComputedMetric computation = level.computation();
        if (!computation.computed()) {
            return null;
        }
        return new KpiDefinition(level.metric().metric(), level.metric().parameter(),
                computation.shortAbandonSeconds(), computation.abandonTreatment(), computation.resolutionBasis());
    }

    /** Computed values are kept at two decimals, like the values a ratio yields when reported. */
    public static final int SCALE = 2;

    /**
     * The value of figures summed over a period, rounded half-up once to two decimals, or null
     * without a denominator (no offered contacts, no responses: there is nothing to judge). NPS's
     * numerator is promoters minus detractors, so its value is that share of responses x 100.
     */
    public BigDecimal value(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return metric == Metric.NPS
                ? numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP)
                : metric.valueOf(numerator, denominator, SCALE);
    }

    /**
     * A month's measured value from its summed figures: with numerator and denominator where the
     * metric is a ratio, the value alone for NPS (whose numerator may be negative).
     */
    MeasuredValue measured(BigDecimal numerator, BigDecimal denominator) {
        return metric.ratio() ? MeasuredValue.of(metric, null, numerator, denominator)
                : MeasuredValue.of(metric, value(numerator, denominator), null, null);
    }

    /** The definition in words, clause by clause, e.g. "answered within 20 s ÷ offered; abandons under 5 s left out". */
    public List<Clause> clauses() {
        List<Clause> clauses = new ArrayList<>();
        switch (metric) {
            case SERVICE_LEVEL -> {
                clauses.add(Clause.of("kpi.definition.SERVICE_LEVEL", parameter));
                shortAbandons(clauses);
                clauses.add(Clause.of("kpi.definition.abandons." + abandonTreatment.name(), parameter));
            }
            case ABANDONMENT_RATE -> {
                clauses.add(Clause.of("kpi.definition.ABANDONMENT_RATE"));
                shortAbandons(clauses);
            }
            case FIRST_CONTACT_RESOLUTION -> clauses.add(resolutionBasis == ResolutionBasis.REPEAT_CONTACT
                    ? Clause.of("kpi.definition.FIRST_CONTACT_RESOLUTION.REPEAT_CONTACT", parameter)
                    : Clause.of("kpi.definition.FIRST_CONTACT_RESOLUTION.RESOLVED_FLAG"));
            default -> clauses.add(Clause.of("kpi.definition." + metric.name()));
        }
        clauses.add(Clause.of("kpi.definition.period"));
        return List.copyOf(clauses);
    }

    private void shortAbandons(List<Clause> clauses) {
        if (shortAbandonSeconds != null) {
            clauses.add(Clause.of("kpi.definition.shortAbandons", shortAbandonSeconds));
        }
    }
}

package io.tandem.servicelevel;

/**
 * How a level's values arise, as the client chooses it: reported by the provider, or computed from
 * the interaction records with these conventions (see {@link ComputedMetric}). The terms of a
 * reported level are ignored.
 */
public record ComputationTerms(boolean computed, Integer shortAbandonSeconds, AbandonTreatment abandonTreatment,
                               ResolutionBasis resolutionBasis) {

    public static ComputationTerms reported() {
        return new ComputationTerms(false, null, null, null);
    }

    ComputedMetric on(MetricDefinition metric) {
        return computed ? ComputedMetric.of(metric, shortAbandonSeconds, abandonTreatment, resolutionBasis)
                : ComputedMetric.reported();
    }
}

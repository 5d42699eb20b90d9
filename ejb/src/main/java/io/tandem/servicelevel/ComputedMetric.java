package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Whether a service level takes its monthly value from the interaction records rather than the
 * provider's report, and the conventions of its formula: the short-abandon threshold (service
 * level, abandonment rate), the treatment of abandons within T (service level) and what counts as
 * resolved (first-contact resolution). A reported level has none of them.
 */
@Embeddable
public class ComputedMetric {

    /** Short abandons are seconds-long hang-ups: ten minutes is far beyond any contract's threshold. */
    public static final int SHORT_ABANDON_MAX_SECONDS = 600;

    @Column(name = "computed", nullable = false)
    private boolean computed;

    @Column(name = "short_abandon_seconds")
    private Integer shortAbandonSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "abandon_treatment", length = 20)
    private AbandonTreatment abandonTreatment;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_basis", length = 20)
    private ResolutionBasis resolutionBasis;

    protected ComputedMetric() {
    }

    private ComputedMetric(boolean computed, Integer shortAbandonSeconds, AbandonTreatment abandonTreatment,
                           ResolutionBasis resolutionBasis) {
        this.computed = computed;
        this.shortAbandonSeconds = shortAbandonSeconds;
        this.abandonTreatment = abandonTreatment;
        this.resolutionBasis = resolutionBasis;
    }

    /** A level whose values the provider reports. */
    public static ComputedMetric reported() {
        return new ComputedMetric(false, null, null, null);
    }

    /**
     * A level computed from the records of {@code metric}, whose parameter is {@code parameter}
     * (T seconds, N days). Terms the metric does not use must be absent, the ones it needs present.
     */
    public static ComputedMetric of(MetricDefinition metric, Integer shortAbandonSeconds,
                                    AbandonTreatment abandonTreatment, ResolutionBasis resolutionBasis) {
        Metric kind = metric.metric();
        if (!kind.computable()) {
            throw new DomainException("servicelevel.computed.notComputable");
        }
        boolean usesShortAbandons = kind == Metric.SERVICE_LEVEL || kind == Metric.ABANDONMENT_RATE;
        if (shortAbandonSeconds != null) {
            if (!usesShortAbandons) {
                throw new DomainException("servicelevel.computed.shortAbandons.notApplicable");
            }
            if (shortAbandonSeconds < 1 || shortAbandonSeconds > SHORT_ABANDON_MAX_SECONDS) {
                throw new DomainException("servicelevel.computed.shortAbandons.range", 1, SHORT_ABANDON_MAX_SECONDS);
            }
            if (kind == Metric.SERVICE_LEVEL && shortAbandonSeconds >= metric.parameter()) {
                throw new DomainException("servicelevel.computed.shortAbandons.belowThreshold", metric.parameter());
            }
        }
        if ((kind == Metric.SERVICE_LEVEL) != (abandonTreatment != null)) {
            throw new DomainException(kind == Metric.SERVICE_LEVEL ? "servicelevel.computed.abandonTreatment.required"
                    : "servicelevel.computed.abandonTreatment.notApplicable");
        }
        if ((kind == Metric.FIRST_CONTACT_RESOLUTION) != (resolutionBasis != null)) {
            throw new DomainException(kind == Metric.FIRST_CONTACT_RESOLUTION
                    ? "servicelevel.computed.resolutionBasis.required"
                    : "servicelevel.computed.resolutionBasis.notApplicable");
        }
        return new ComputedMetric(true, shortAbandonSeconds, abandonTreatment, resolutionBasis);
    }

    public boolean computed() {
        return computed;
    }

    public Integer shortAbandonSeconds() {
        return shortAbandonSeconds;
    }

    public AbandonTreatment abandonTreatment() {
        return abandonTreatment;
    }

    public ResolutionBasis resolutionBasis() {
        return resolutionBasis;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComputedMetric that && computed == that.computed
                && Objects.equals(shortAbandonSeconds, that.shortAbandonSeconds)
                && abandonTreatment == that.abandonTreatment && resolutionBasis == that.resolutionBasis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(computed, shortAbandonSeconds, abandonTreatment, resolutionBasis);
    }
}

package io.tandem.analytics;

import io.tandem.servicelevel.AbandonTreatment;
import io.tandem.servicelevel.KpiDefinition;
import io.tandem.servicelevel.ResolutionBasis;
import java.util.ArrayList;
import java.util.List;

/**
 * Each computed metric's numerator and denominator as SQL over one interaction row {@code i}, to
 * be summed over any set of contacts (README, "Computed KPIs", states each in words). The text is
 * fixed per metric; T, N and the short-abandon threshold are bound as parameters, in the order
 * {@link #parameters()} gives. A contact's period is that of its offered time. First-contact
 * resolution by repeat contact reads {@code i.next_at}, the same customer's next later contact,
 * which the rows must then carry ({@link #repeatWindowDays()} says how far past the period to look).
 */
record KpiSql(String numerator, String denominator, List<Object> parameters, Integer repeatWindowDays) {

    private static final String ANSWERED = "i.answered_at is not null";
    /** Abandoned before the short-abandon threshold: a hang-up, not a lost customer. */
    private static final String SHORT = "(i.abandoned and i.wait_seconds < cast(? as integer))";

    KpiSql(String numerator, String denominator, List<Object> parameters) {
        this(numerator, denominator, parameters, null);
    }

    static KpiSql of(KpiDefinition kpi) {
        List<Object> parameters = new ArrayList<>();
        Integer shortAbandons = kpi.shortAbandonSeconds();
        return switch (kpi.metric()) {
            case SERVICE_LEVEL -> serviceLevel(kpi, parameters);
            case AVERAGE_SPEED_OF_ANSWER -> new KpiSql("case when " + ANSWERED + " then i.wait_seconds else 0 end",
                    flag(ANSWERED), parameters);
            case ABANDONMENT_RATE -> {
                if (shortAbandons == null) {
                    yield new KpiSql(flag("i.abandoned"), "1", parameters);
                }
                // the threshold appears twice: bound twice
                parameters.add(shortAbandons);
                parameters.add(shortAbandons);
                yield new KpiSql(flag("i.abandoned and not " + SHORT), flag("not " + SHORT), parameters);
            }
            case AVERAGE_HANDLE_TIME -> new KpiSql("coalesce(case when not i.abandoned then i.handle_seconds end, 0)",
                    flag("not i.abandoned and i.handle_seconds is not null"), parameters);
            case FIRST_CONTACT_RESOLUTION -> firstContactResolution(kpi, parameters);
            case CSAT -> new KpiSql(flag("i.csat >= 4"), flag("i.csat is not null"), parameters);
            case NPS -> new KpiSql("case when i.nps >= 9 then 1 when i.nps <= 6 then -1 else 0 end",
                    flag("i.nps is not null"), parameters);
            case QUALITY_SCORE, CUSTOM -> throw new IllegalArgumentException(kpi.metric() + " is not computable");
        };
    }

    private static KpiSql serviceLevel(KpiDefinition kpi, List<Object> parameters) {
        String within = "i.wait_seconds <= cast(? as integer)";
        String notShort = kpi.shortAbandonSeconds() == null ? "true" : "not " + SHORT;
        String abandonedWithin = "(i.abandoned and " + within + " and " + notShort + ")";
        String success = ANSWERED + " and " + within
                + (kpi.abandonTreatment() == AbandonTreatment.SUCCESS ? " or " + abandonedWithin : "");
        String counted = notShort
                + (kpi.abandonTreatment() == AbandonTreatment.IGNORE ? " and not " + abandonedWithin : "");
        // numerator: T, then (for SUCCESS) T and the threshold; denominator: the threshold, then (IGNORE) T and it
        parameters.add(kpi.parameter());
        if (kpi.abandonTreatment() == AbandonTreatment.SUCCESS) {
            addShortAbandons(kpi, parameters, kpi.parameter());
        }
        addShortAbandons(kpi, parameters, null);
        if (kpi.abandonTreatment() == AbandonTreatment.IGNORE) {
            addShortAbandons(kpi, parameters, kpi.parameter());
        }
        return new KpiSql(flag(success), flag(counted), parameters);
    }

    /** Binds T (when given) and then the threshold, if the level has one. */
    private static void addShortAbandons(KpiDefinition kpi, List<Object> parameters, Integer threshold) {
        if (threshold != null) {
            parameters.add(threshold);
        }
        if (kpi.shortAbandonSeconds() != null) {
            parameters.add(kpi.shortAbandonSeconds());
        }
    }

    private static KpiSql firstContactResolution(KpiDefinition kpi, List<Object> parameters) {
        if (kpi.resolutionBasis() == ResolutionBasis.RESOLVED_FLAG) {
            return new KpiSql(flag(ANSWERED + " and i.resolved"), flag(ANSWERED + " and i.resolved is not null"),
                    parameters);
        }
        String known = ANSWERED + " and i.customer_ref is not null";
        parameters.add(kpi.parameter());
        return new KpiSql(flag(known + " and (i.next_at is null"
                + " or i.next_at > i.offered_at + make_interval(days => cast(? as integer)))"),
                flag(known), parameters, kpi.parameter());
    }

    private static String flag(String condition) {
        return "case when " + condition + " then 1 else 0 end";
    }
}

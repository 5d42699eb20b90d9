package io.tandem.servicelevel;

import io.tandem.contract.ContractStatus;
import io.tandem.contract.CreditRegime;
import io.tandem.platform.DomainException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.tandem.servicelevel.Fixtures.CARL;
import static io.tandem.servicelevel.Fixtures.RITA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A level computed from the records: its conventions, its definition in words, and its recomputed months. */
class ComputedLevelTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final MetricDefinition SL_20 = new MetricDefinition(Metric.SERVICE_LEVEL, 20, null, null);

    @Test
    void eachMetricTakesOnlyTheConventionsItUses() {
        assertEquals("servicelevel.computed.abandonTreatment.required",
                refused(() -> ComputedMetric.of(SL_20, 5, null, null)));
        assertEquals("servicelevel.computed.shortAbandons.belowThreshold",
                refused(() -> ComputedMetric.of(SL_20, 20, AbandonTreatment.FAILURE, null)));
        assertEquals("servicelevel.computed.shortAbandons.range",
                refused(() -> ComputedMetric.of(new MetricDefinition(Metric.ABANDONMENT_RATE, null, null, null), 601,
                        null, null)));
        assertEquals("servicelevel.computed.shortAbandons.range",
                refused(() -> ComputedMetric.of(new MetricDefinition(Metric.ABANDONMENT_RATE, null, null, null), 0,
                        null, null)));
        assertEquals("servicelevel.computed.shortAbandons.notApplicable",
                refused(() -> ComputedMetric.of(new MetricDefinition(Metric.CSAT, null, null, null), 5, null, null)));
        assertEquals("servicelevel.computed.resolutionBasis.required",
                refused(() -> ComputedMetric.of(new MetricDefinition(Metric.FIRST_CONTACT_RESOLUTION, 7, null, null),
                        null, null, null)));
        assertEquals("servicelevel.computed.abandonTreatment.notApplicable",
                refused(() -> ComputedMetric.of(new MetricDefinition(Metric.CSAT, null, null, null), null,
                        AbandonTreatment.IGNORE, null)));
        assertEquals("servicelevel.computed.notComputable",
                refused(() -> ComputedMetric.of(new MetricDefinition(Metric.QUALITY_SCORE, null, null, null), null,
                        null, null)));
        assertTrue(ComputedMetric.of(SL_20, 5, AbandonTreatment.FAILURE, null).computed());
    }

    @Test
    void theDefinitionReadsClauseByClause() {
        KpiDefinition sl = new KpiDefinition(Metric.SERVICE_LEVEL, 20, 5, AbandonTreatment.FAILURE, null);
        assertEquals(List.of(
                new KpiDefinition.Clause("kpi.definition.SERVICE_LEVEL", List.of(20)),
                new KpiDefinition.Clause("kpi.definition.shortAbandons", List.of(5)),
                new KpiDefinition.Clause("kpi.definition.abandons.FAILURE", List.of(20)),
                new KpiDefinition.Clause("kpi.definition.period", List.of())), sl.clauses());
        KpiDefinition fcr = new KpiDefinition(Metric.FIRST_CONTACT_RESOLUTION, 7, null, null,
                ResolutionBasis.REPEAT_CONTACT);
        assertEquals(new KpiDefinition.Clause("kpi.definition.FIRST_CONTACT_RESOLUTION.REPEAT_CONTACT", List.of(7)),
                fcr.clauses().get(0));
    }

    @Test
    void valuesAreRoundedOnceAndNpsIsNetPromotersPerHundredResponses() {
        KpiDefinition sl = new KpiDefinition(Metric.SERVICE_LEVEL, 20, null, AbandonTreatment.IGNORE, null);
        // 1,613 of 2,000 = 80.65 %
        assertEquals(new BigDecimal("80.65"), sl.value(new BigDecimal("1613"), new BigDecimal("2000")));
        assertNull(sl.value(BigDecimal.ZERO, BigDecimal.ZERO), "no offered contacts: nothing to judge");
        KpiDefinition nps = new KpiDefinition(Metric.NPS, null, null, null, null);
        // 3 promoters, 5 detractors of 12 responses: (3 - 5) / 12 x 100 = -16.666... = -16.67
        assertEquals(new BigDecimal("-16.67"), nps.value(new BigDecimal("-2"), new BigDecimal("12")));
        MeasuredValue measured = nps.measured(new BigDecimal("-2"), new BigDecimal("12"));
        assertNull(measured.numerator(), "NPS is no plain ratio: its value stands alone");
        KpiDefinition asa = new KpiDefinition(Metric.AVERAGE_SPEED_OF_ANSWER, null, null, null, null);
        // 95 s of waiting over 4 answered contacts = 23.75 s
        assertEquals(new BigDecimal("23.75"), asa.value(new BigDecimal("95"), new BigDecimal("4")));
    }

    @Test
    void aComputedLevelTakesNoReportedValues() {
        ServiceLevel level = computedLevel();
        assertEquals("servicelevel.measurement.computedLevel", refused(() -> new Measurement(level, JAN,
                MeasuredValue.of(Metric.SERVICE_LEVEL, new BigDecimal("80"), null, null), MeasurementSource.MANUAL,
                null, CARL)));
        Measurement computed = Measurement.computed(level, JAN, value("1613", "2000"), "1613 / 2000", RITA);
        assertEquals(MeasurementSource.COMPUTED, computed.source());
        assertEquals("servicelevel.measurement.computedLevel", refused(() -> computed.correct(
                value("1600", "2000"), MeasurementSource.MANUAL, null, CARL)));
    }

    @Test
    void anAcceptedMonthWhoseRecordsChangeGoesBackToReviewShowingBeforeAndAfter() {
        ServiceLevel level = computedLevel();
        Measurement month = Measurement.computed(level, JAN, value("1613", "2000"), "1613 / 2000", CARL);
        month.accept(RITA);

        assertFalse(month.recompute(value("1613.0000", "2000.0000"), "1613 / 2000", CARL), "same figures: no change");
        assertEquals(MeasurementStatus.ACCEPTED, month.status());

        // a late file adds 500 contacts, 300 answered in time: 1,913 / 2,500 = 76.52 %
        assertTrue(month.recompute(value("1913", "2500"), "1913 / 2500", CARL));
        assertEquals(MeasurementStatus.SUBMITTED, month.status());
        assertNull(month.reviewedBy());
        assertEquals(new BigDecimal("76.52"), month.value());
        DisputeMessage note = month.thread().get(0);
        assertEquals(DisputeMessage.Kind.RECOMPUTED, note.kind());
        assertEquals(new BigDecimal("80.65"), note.valueBefore());
        assertEquals(new BigDecimal("76.52"), note.valueAfter());
    }

    @Test
    void aDisputedMonthStaysInDisputeAndKeepsWhoseTurnItIs() {
        Measurement month = Measurement.computed(computedLevel(), JAN, value("1613", "2000"), null, CARL);
        month.dispute("Queue 7 missing", RITA);
        month.recompute(value("1913", "2500"), "1913 / 2500", CARL);
        assertEquals(MeasurementStatus.DISPUTED, month.status());
        assertEquals(io.tandem.tenancy.Party.PROVIDER, month.awaitedSide().orElseThrow(),
                "the recomputation is news, not the provider's answer");
    }

    @Test
    void conventionsAreFixedOnceTheContractIsInForce() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        level.changeComputation(ComputedMetric.of(level.metric(), 5, AbandonTreatment.IGNORE, null));
        assertTrue(level.computed());
        assertEquals(new KpiDefinition(Metric.SERVICE_LEVEL, 20, 5, AbandonTreatment.IGNORE, null),
                KpiDefinition.of(level));
        level.contract().setCreditRegime(new CreditRegime(new BigDecimal("12"), new BigDecimal("250"), 3,
                new BigDecimal("10"), new BigDecimal("50")));
        level.contract().moveTo(ContractStatus.IN_REVIEW);
        level.contract().moveTo(ContractStatus.ACTIVE);

        assertEquals("servicelevel.computed.locked", refused(() -> level.changeComputation(ComputedMetric.reported())));
        level.changeComputation(ComputedMetric.of(level.metric(), 5, AbandonTreatment.IGNORE, null));
    }

    private static ServiceLevel computedLevel() {
        ServiceLevel level = Fixtures.serviceLevel80in20();
        level.changeComputation(ComputedMetric.of(level.metric(), null, AbandonTreatment.FAILURE, null));
        return level;
    }

    private static MeasuredValue value(String numerator, String denominator) {
        return MeasuredValue.of(Metric.SERVICE_LEVEL, null, new BigDecimal(numerator), new BigDecimal(denominator));
    }

    private static String refused(Runnable action) {
        return assertThrows(DomainException.class, action::run).messageKey();
    }
}

package io.tandem.analytics;

import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ContractType;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
import io.tandem.interaction.InteractionsChanged;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.servicelevel.AbandonTreatment;
import io.tandem.servicelevel.ComputationTerms;
import io.tandem.servicelevel.DisputeMessage;
import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.MeasurementSource;
import io.tandem.servicelevel.MeasurementStatus;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.NewServiceLevel;
import io.tandem.servicelevel.PeriodResult;
import io.tandem.servicelevel.ResolutionBasis;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.workspace.OwnerSql;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every computed metric against hand-computed values on eight contacts of January 2026 (and one of
 * February), in the database. The contacts, queue Claims unless said otherwise:
 * <pre>
 * r1 05 Jan 09:00 answered, wait 10, handle 300, customer A, resolved,     CSAT 5, NPS 10
 * r2 05 Jan 09:10 answered, wait 25, handle 200, customer B, not resolved, CSAT 3, NPS 7
 * r3 05 Jan 09:40 abandoned after 3 s (a short abandon under 5 s)
 * r4 05 Jan 10:00 abandoned after 15 s (within T = 20)
 * r5 05 Jan 10:05 abandoned after 40 s (after T), queue Motor
 * r6 31 Jan 23:50 answered, wait 20 (exactly T), handle 600, ends 1 Feb 00:05, customer A, resolved, CSAT 4, NPS 5
 * r8 06 Jan 08:00 answered, wait 8, handle 150, customer B, resolved, CSAT 1, NPS 9
 * r7 01 Feb 00:10 answered, wait 5, handle 100, customer A: February, imported later
 * </pre>
 */
class KpiServiceIT extends TwoEngagementsTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    @Inject
    ContractService contracts;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    KpiService kpis;

    @Inject
    OwnerSql ownerSql;

    @Inject
    Event<InteractionsChanged> interactionsChanged;

    private long workspace;
    private long contract;

    @BeforeEach
    void januaryOfContacts() throws Exception {
        workspace = tenants.withFirstProvider();
        String rm = tenants.relationshipManager();
        var draft = as(rm, () -> contracts.create(workspace, new NewContract("MSA-KPI", ContractType.MASTER_AGREEMENT,
                null, "Claims", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), 90, "", "GBP",
                new BigDecimal("1200000.00"), new BigDecimal("100000.00"))));
        contract = draft.id();
        var withRegime = as(rm, () -> contracts.setCreditRegime(workspace, contract, draft.version(), new CreditRegime(
                new BigDecimal("10"), new BigDecimal("100"), 2, BigDecimal.ZERO, new BigDecimal("50"))));
        as(rm, () -> contracts.moveTo(workspace, contract, withRegime.version(), ContractStatus.IN_REVIEW));
        ownerSql.strings("select tandem_interaction_partition(date '2026-01-01')");
        ownerSql.strings("select tandem_interaction_partition(date '2026-02-01')");
        contact("r1", "Claims", "2026-01-05 09:00:00", false, 10, 300, "A", true, 5, 10);
        contact("r2", "Claims", "2026-01-05 09:10:00", false, 25, 200, "B", false, 3, 7);
        contact("r3", "Claims", "2026-01-05 09:40:00", true, 3, null, null, null, null, null);
        contact("r4", "Claims", "2026-01-05 10:00:00", true, 15, null, null, null, null, null);
        contact("r5", "Motor", "2026-01-05 10:05:00", true, 40, null, null, null, null, null);
        contact("r6", "Claims", "2026-01-31 23:50:00", false, 20, 600, "A", true, 4, 5);
        contact("r8", "Claims", "2026-01-06 08:00:00", false, 8, 150, "B", true, 1, 9);
    }

    @Test
    void serviceLevelUnderEachConventionForAbandonsWithinT() throws Exception {
        // answered within 20 s: r1, r6 (exactly 20), r8 = 3; r3 is a short abandon, left out
        // failure: 3 / 6 (r1 r2 r4 r5 r6 r8) = 50.00 %; ignore: r4 left out, 3 / 5 = 60.00 %;
        // success: r4 counts, 4 / 6 = 66.67 %; without a short-abandon threshold, failure: 3 / 7 = 42.86 %
        assertMonth(level("Failure", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.FAILURE, null)), "3", "6",
                "50.00");
        assertMonth(level("Ignore", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.IGNORE, null)), "3", "5",
                "60.00");
        assertMonth(level("Success", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.SUCCESS, null)), "4", "6",
                "66.67");
        assertMonth(level("No short", Metric.SERVICE_LEVEL, 20, terms(null, AbandonTreatment.FAILURE, null)), "3",
                "7", "42.86");
    }

    @Test
    void speedAbandonmentHandleTimeSatisfactionAndPromoters() throws Exception {
        // answered waits 10 + 25 + 20 + 8 = 63 s over 4 = 15.75 s
        assertMonth(level("ASA", Metric.AVERAGE_SPEED_OF_ANSWER, null, terms(null, null, null)), "63", "4", "15.75");
        // abandoned r4, r5 of 6 (r3 short, left out) = 33.33 %; counting short abandons: 3 / 7 = 42.86 %
        assertMonth(level("Abandoned", Metric.ABANDONMENT_RATE, null, terms(5, null, null)), "2", "6", "33.33");
        assertMonth(level("Abandoned all", Metric.ABANDONMENT_RATE, null, terms(null, null, null)), "3", "7", "42.86");
        // handle 300 + 200 + 600 + 150 = 1,250 s over 4 = 312.50 s
        assertMonth(level("AHT", Metric.AVERAGE_HANDLE_TIME, null, terms(null, null, null)), "1250", "4", "312.50");
        // ratings 5, 3, 4, 1: two of four are 4 or 5 = 50.00 %
        assertMonth(level("CSAT", Metric.CSAT, null, terms(null, null, null)), "2", "4", "50.00");
        // 10 and 9 promote, 5 detracts, 7 is passive: (2 - 1) / 4 x 100 = 25.00, a value without a ratio
        ServiceLevelDetails nps = level("NPS", Metric.NPS, null, terms(null, null, null));
        MeasurementDetails january = month(nps, JAN);
        assertEquals(new BigDecimal("25.00"), january.value().setScale(2));
        assertNull(january.numerator());
    }

    @Test
    void firstContactResolutionByRepeatContactReachesIntoTheNextMonthsImport() throws Exception {
        // by the flag: r1, r6, r8 resolved of four answered with a flag = 75.00 %
        assertMonth(level("FCR flag", Metric.FIRST_CONTACT_RESOLUTION, 7, terms(null, null,
                ResolutionBasis.RESOLVED_FLAG)), "3", "4", "75.00");
        // by repeat contact within 7 days: r2 is followed by r8 the next morning; r1's next contact (r6)
        // is 26 days later: 3 / 4 = 75.00 % while February is not in
        ServiceLevelDetails fcr = level("FCR repeat", Metric.FIRST_CONTACT_RESOLUTION, 7, terms(null, null,
                ResolutionBasis.REPEAT_CONTACT));
        assertMonth(fcr, "3", "4", "75.00");

        // February's file brings r7, customer A 20 minutes after r6: January becomes 2 / 4 = 50.00 %
        contact("r7", "Claims", "2026-02-01 00:10:00", false, 5, 100, "A", null, null, null);
        as(tenants.firstAccountManager(), () -> {
            interactionsChanged.fire(new InteractionsChanged(workspace, Set.of(FEB)));
            return null;
        });
        assertMonth(fcr, "2", "4", "50.00");
    }

    @Test
    void aContactInTheSameSecondIsNoRepeatAndOneExactlyNDaysLaterIs() throws Exception {
        // customer C calls twice in the same second: neither is later than the other, both resolved;
        // customer D calls again exactly 7 days later, at the window's closed end: the first is not
        // resolved. January: 3 / 4 as above, plus 2 / 2 for C and 1 / 2 for D = 6 / 8 = 75.00 %
        contact("r9", "Claims", "2026-01-10 12:00:00", false, 5, 100, "C", null, null, null);
        contact("r10", "Motor", "2026-01-10 12:00:00", false, 6, 120, "C", null, null, null);
        contact("r11", "Claims", "2026-01-12 09:00:00", false, 7, 90, "D", null, null, null);
        contact("r12", "Claims", "2026-01-19 09:00:00", false, 9, 80, "D", null, null, null);
        assertMonth(level("FCR repeat", Metric.FIRST_CONTACT_RESOLUTION, 7, terms(null, null,
                ResolutionBasis.REPEAT_CONTACT)), "6", "8", "75.00");
    }

    @Test
    void aMonthWithoutContactsOrResponsesHasNoValueAndAContactBelongsToItsOfferedMonth() throws Exception {
        ServiceLevelDetails csat = level("CSAT", Metric.CSAT, null, terms(null, null, null));
        ServiceLevelDetails failure = level("Failure", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.FAILURE,
                null));
        contact("r7", "Claims", "2026-02-01 00:10:00", false, 5, 100, "A", null, null, null);
        recompute(Set.of(FEB, YearMonth.of(2026, 3)));

        List<KpiMonthReport> series = as(tenants.analyst(), () -> kpis.series(workspace, csat.id(), JAN,
                YearMonth.of(2026, 3)));
        // February has a contact but no rating: nothing to judge, no measurement; March has nothing at all
        assertEquals(1, series.get(1).offered());
        assertNull(series.get(1).value());
        assertEquals(0, series.get(2).offered());
        assertNull(series.get(2).value());
        assertEquals(List.of(JAN), as(tenants.analyst(), () -> measurements.measurements(workspace, csat.id()))
                .stream().map(MeasurementDetails::period).toList());

        // r6 was offered on 31 January at 23:50 and ended in February: it is January's, in the 23:30 interval
        IntradayReport lastDay = as(tenants.analyst(), () -> kpis.intraday(workspace, failure.id(),
                LocalDate.of(2026, 1, 31), null));
        IntradayReport.Slot late = lastDay.slots().get(47);
        assertEquals(LocalTime.of(23, 30), late.start());
        assertEquals(1, late.offered());
        assertEquals(new BigDecimal("100.00"), late.value());
        assertEquals(1, as(tenants.analyst(), () -> kpis.intraday(workspace, failure.id(), LocalDate.of(2026, 2, 1),
                null)).offered(), "only r7 on 1 February");
    }

    @Test
    void intradayByIntervalAndQueue() throws Exception {
        ServiceLevelDetails failure = level("Failure", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.FAILURE,
                null));
        IntradayReport all = as(tenants.firstTeamMember(), () -> kpis.intraday(workspace, failure.id(),
                LocalDate.of(2026, 1, 5), null));
        assertEquals(48, all.slots().size());
        assertEquals(List.of("Claims", "Motor"), all.queues());
        // 09:00 r1 in time, r2 late: 50.00 %, below the minimum of 75: breached
        IntradayReport.Slot nine = all.slots().get(18);
        assertEquals(2, nine.offered());
        assertEquals(new BigDecimal("50.00"), nine.value());
        assertEquals(PeriodResult.BREACHED, nine.result());
        // 09:30 only r3, a short abandon: offered, nothing to judge
        assertEquals(1, all.slots().get(19).offered());
        assertNull(all.slots().get(19).value());
        // 10:00 r4 and r5 abandoned: 0 / 2; in queue Claims only r4: 0 / 1
        assertEquals(2, all.slots().get(20).offered());
        IntradayReport claims = as(tenants.firstTeamMember(), () -> kpis.intraday(workspace, failure.id(),
                LocalDate.of(2026, 1, 5), "Claims"));
        assertEquals(1, claims.slots().get(20).offered());
        assertEquals(4, claims.offered());
    }

    @Test
    void anAcceptedMonthWhoseRecordsChangeGoesBackToReviewWithBeforeAndAfter() throws Exception {
        ServiceLevelDetails failure = level("Failure", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.FAILURE,
                null));
        MeasurementDetails january = month(failure, JAN);
        assertEquals(MeasurementSource.COMPUTED, january.source());
        assertEquals(MeasurementStatus.SUBMITTED, january.status());
        assertEquals(tenants.relationshipManager().split("@")[0].replace('-', ' '), january.submittedBy(),
                "the client who made the level computed caused the first computation and submits it");
        as(tenants.relationshipManager(), () -> measurements.accept(workspace, january.id(), january.version()));
        DomainException manual = assertThrows(DomainException.class, () -> as(tenants.firstAccountManager(),
                () -> measurements.submit(workspace, failure.id(), FEB, new BigDecimal("90"), null, null, null,
                        MeasurementSource.MANUAL)));
        assertEquals("servicelevel.measurement.computedLevel", manual.messageKey());

        // the same import again changes nothing
        recompute(Set.of(JAN));
        assertEquals(MeasurementStatus.ACCEPTED, month(failure, JAN).status());

        // a late record: answered after 30 s. 3 / 7 = 42.86 %
        contact("r9", "Claims", "2026-01-20 12:00:00", false, 30, 100, "C", null, null, null);
        recompute(Set.of(JAN));
        MeasurementDetails recomputed = month(failure, JAN);
        assertEquals(MeasurementStatus.SUBMITTED, recomputed.status());
        assertEquals(new BigDecimal("42.86"), recomputed.value().setScale(2));
        MeasurementDetails.Message note = recomputed.thread().get(recomputed.thread().size() - 1);
        assertEquals(DisputeMessage.Kind.RECOMPUTED, note.kind());
        assertEquals(0, new BigDecimal("50.00").compareTo(note.valueBefore()));
        assertEquals(0, new BigDecimal("42.86").compareTo(note.valueAfter()));
    }

    @Test
    void earlyWarningProjectsTheMonthFromTheRecentWeekdays() throws Exception {
        ServiceLevelDetails failure = level("Failure", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.FAILURE,
                null));
        // as of Tuesday 6 January: r1 r8 in time of r1 r2 r4 r5 r8 = 2 / 5 = 40.00 %. Monday 5th gave 1 / 4,
        // Tuesday 6th 1 / 1; the 7th to the 31st hold three more Mondays and three more Tuesdays: 6 / 15.
        // Projected (2 + 6) / (5 + 15) = 40.00 %, under the minimum of 75 %. To end at 75 %:
        // (75 x 20 - 100 x 2) / 15 = 86.67 % of the remaining contacts in 20 s; at 80 %: 93.333.. = 93.34 %
        List<EarlyWarningReport> warnings = as(tenants.firstAccountManager(), () -> kpis.earlyWarning(workspace,
                LocalDate.of(2026, 1, 6)));
        EarlyWarningReport warning = warnings.stream().filter(w -> w.serviceLevelId() == failure.id()).findFirst()
                .orElseThrow();
        MonthEndProjection projection = warning.projection();
        assertEquals(new BigDecimal("40.00"), projection.monthToDateValue());
        assertEquals(0, new BigDecimal("6").compareTo(projection.remaining().numerator()));
        assertEquals(0, new BigDecimal("15").compareTo(projection.remaining().denominator()));
        assertEquals(new BigDecimal("40.00"), projection.projectedValue());
        assertTrue(warning.breachProjected());
        assertEquals(new BigDecimal("86.67"), projection.toAvoidBreach().value());
        assertEquals(new BigDecimal("93.34"), projection.toMeet().value());
        assertEquals(25, projection.daysRemaining());
        assertEquals(List.of(), as(tenants.relationshipManager(), () -> kpis.earlyWarning(workspace,
                LocalDate.of(2026, 1, 31))), "on the month's last day the measurement speaks");
    }

    @Test
    void othersSeeNothingAndBadInputIsRefused() throws Exception {
        ServiceLevelDetails failure = level("Failure", Metric.SERVICE_LEVEL, 20, terms(5, AbandonTreatment.FAILURE,
                null));
        assertThrows(DomainException.class, () -> as(tenants.secondAccountManager(), () -> kpis.series(workspace,
                failure.id(), JAN, JAN)));
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(), () -> kpis.intraday(workspace,
                failure.id(), LocalDate.of(2026, 1, 5), null)));
        assertThrows(DomainException.class, () -> as(tenants.secondAccountManager(), () -> kpis.earlyWarning(
                workspace, LocalDate.of(2026, 1, 6))));
        assertEquals(List.of(), as(tenants.secondAccountManager(), () -> kpis.earlyWarning(
                tenants.withSecondProvider(), LocalDate.of(2026, 1, 6))), "the other workspace has no computed levels");
        assertEquals("kpi.series.range", assertThrows(DomainException.class, () -> as(tenants.analyst(),
                () -> kpis.series(workspace, failure.id(), JAN, JAN.plusMonths(36)))).messageKey());
        assertEquals("kpi.day.range", assertThrows(DomainException.class, () -> as(tenants.analyst(),
                () -> kpis.intraday(workspace, failure.id(), LocalDate.of(1999, 12, 31), null))).messageKey());
        assertEquals("servicelevel.computed.shortAbandons.range", assertThrows(DomainException.class,
                () -> level("Bad", Metric.ABANDONMENT_RATE, null, terms(601, null, null))).messageKey());
        assertEquals("servicelevel.metric.parameter.thresholdSeconds", assertThrows(DomainException.class,
                () -> level("Bad T", Metric.SERVICE_LEVEL, 3601, terms(null, AbandonTreatment.IGNORE, null)))
                .messageKey());
        assertEquals("servicelevel.metric.parameter.repeatWindowDays", assertThrows(DomainException.class,
                () -> level("Bad N", Metric.FIRST_CONTACT_RESOLUTION, 91, terms(null, null,
                        ResolutionBasis.REPEAT_CONTACT))).messageKey());
    }

    @Test
    void intervalFiguresStayInTheirLevelsWorkspaceEvenBySql() throws Exception {
        ServiceLevelDetails csat = level("CSAT", Metric.CSAT, null, terms(null, null, null));
        long other = tenants.withSecondProvider();
        for (String change : List.of("update kpi_intervals set workspace_id = ? where service_level_id = ?",
                "insert into kpi_intervals (workspace_id, service_level_id, queue, interval_start, offered, numerator,"
                        + " denominator) values (?, ?, 'Claims', timestamp '2026-01-07 10:00', 1, 1, 1)")) {
            Exception refused = assertThrows(Exception.class, () -> ownerSql.execute(change, other, csat.id()), change);
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
            }
            assertTrue(messages.toString().contains("kpi_intervals_level_in_workspace"), messages.toString());
        }
        assertMonth(csat, "2", "4", "50.00");
    }

    private ServiceLevelDetails level(String name, Metric metric, Integer parameter, ComputationTerms terms)
            throws Exception {
        ServiceLevelDetails level = as(tenants.relationshipManager(), () -> serviceLevels.define(workspace, contract,
                new NewServiceLevel(name, metric, parameter, null, null, false, BigDecimal.ZERO, YearMonth.of(2025, 1),
                        null, metric == Metric.AVERAGE_SPEED_OF_ANSWER || metric == Metric.AVERAGE_HANDLE_TIME
                        ? new BigDecimal("30") : metric == Metric.ABANDONMENT_RATE ? new BigDecimal("5")
                        : new BigDecimal("80"), metric == Metric.AVERAGE_SPEED_OF_ANSWER
                        || metric == Metric.AVERAGE_HANDLE_TIME ? new BigDecimal("40")
                        : metric == Metric.ABANDONMENT_RATE ? new BigDecimal("8") : new BigDecimal("75")), terms));
        recompute(Set.of(JAN));
        return level;
    }

    private static ComputationTerms terms(Integer shortAbandons, AbandonTreatment treatment, ResolutionBasis basis) {
        return new ComputationTerms(true, shortAbandons, treatment, basis);
    }

    private void recompute(Set<YearMonth> months) throws Exception {
        as(tenants.firstAccountManager(), () -> {
            kpis.recompute(workspace, months);
            return null;
        });
    }

    private MeasurementDetails month(ServiceLevelDetails level, YearMonth period) throws Exception {
        return as(tenants.analyst(), () -> measurements.measurements(workspace, level.id())).stream()
                .filter(m -> m.period().equals(period)).findFirst().orElseThrow();
    }

    private void assertMonth(ServiceLevelDetails level, String numerator, String denominator, String value)
            throws Exception {
        MeasurementDetails january = month(level, JAN);
        assertEquals(0, new BigDecimal(numerator).compareTo(january.numerator()), level.name() + " numerator");
        assertEquals(0, new BigDecimal(denominator).compareTo(january.denominator()), level.name() + " denominator");
        assertEquals(new BigDecimal(value), january.value().setScale(2), level.name());
        KpiMonthReport report = as(tenants.analyst(), () -> kpis.series(workspace, level.id(), JAN, JAN)).get(0);
        assertEquals(new BigDecimal(value), report.value(), level.name() + " from the interval figures");
    }

    private void contact(String id, String queue, String offered, boolean abandoned, int wait, Integer handle,
                         String customer, Boolean resolved, Integer csat, Integer nps) {
        ownerSql.execute("""
                        insert into interactions (workspace_id, record_id, import_id, channel, queue, offered_at,
                            answered_at, ended_at, abandoned, wait_seconds, handle_seconds, customer_ref, resolved,
                            csat, nps)
                        values (?, ?, 1, 'VOICE', ?, cast(? as timestamp),
                            case when ? then null else cast(? as timestamp) + make_interval(secs => ?) end,
                            null, ?, ?, ?, ?, ?, ?, ?)""",
                workspace, id, queue, offered, abandoned, offered, wait, abandoned, wait, handle, customer, resolved,
                csat == null ? null : csat.shortValue(), nps == null ? null : nps.shortValue());
    }
}

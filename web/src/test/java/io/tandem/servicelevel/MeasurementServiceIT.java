package io.tandem.servicelevel;

import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ContractType;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import io.tandem.tenancy.Party;
import io.tandem.workspace.OwnerSql;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review flow against the database, under a contract with 100,000.00 GBP monthly charges,
 * 10% at risk and a two-month earn-back; "Answered in 20 s" (80/75) holds 40% of the pool and
 * "Abandonment" (5/8, lower is better) 30%.
 */
class MeasurementServiceIT extends TwoEngagementsTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);

    @Inject
    ContractService contracts;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    ReliefService reliefs;

    @Inject
    CreditService credits;

    @Inject
    OwnerSql ownerSql;

    private long workspace;
    private long contract;
    private ServiceLevelDetails answered;
    private ServiceLevelDetails abandonment;

    @BeforeEach
    void contractWithTwoCriticalLevels() throws Exception {
        workspace = tenants.withFirstProvider();
        String rm = tenants.relationshipManager();
        var draft = as(rm, () -> contracts.create(workspace, new NewContract("MSA-SL", ContractType.MASTER_AGREEMENT,
                null, "Claims", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), 90, "", "GBP",
                new BigDecimal("1200000.00"), new BigDecimal("100000.00"))));
        contract = draft.id();
        var withRegime = as(rm, () -> contracts.setCreditRegime(workspace, contract, draft.version(), new CreditRegime(
                new BigDecimal("10"), new BigDecimal("100"), 2, BigDecimal.ZERO, new BigDecimal("50"))));
        as(rm, () -> contracts.moveTo(workspace, contract, withRegime.version(), ContractStatus.IN_REVIEW));
        answered = as(rm, () -> serviceLevels.define(workspace, contract, new NewServiceLevel("Answered in 20 s",
                Metric.SERVICE_LEVEL, 20, null, null, true, new BigDecimal("40"), YearMonth.of(2025, 1), null,
                new BigDecimal("80"), new BigDecimal("75"))));
        abandonment = as(rm, () -> serviceLevels.define(workspace, contract, new NewServiceLevel("Abandonment",
                Metric.ABANDONMENT_RATE, null, null, null, true, new BigDecimal("30"), YearMonth.of(2025, 1), null,
                new BigDecimal("5"), new BigDecimal("8"))));
    }

    @Test
    void aDisputedValueCountsOnlyOnceResolvedAndThenEarnsItsCredit() throws Exception {
        MeasurementDetails submitted = submit(answered, JAN, "74");
        assertEquals(PeriodResult.BREACHED, submitted.result());
        assertEquals(List.of(), creditLines(), "a submitted value earns nothing yet");

        MeasurementDetails disputed = as(tenants.relationshipManager(), () -> measurements.dispute(workspace,
                submitted.id(), submitted.version(), "Queue 7 is missing"));
        as(tenants.firstAccountManager(), () -> measurements.reply(workspace, submitted.id(), "Queue 7 added: 73.1%"));
        MeasurementDetails resolved = as(tenants.relationshipManager(), () -> measurements.resolve(workspace,
                submitted.id(), disputed.version(), "Agreed at 73.1", new BigDecimal("73.1"), null, null));

        assertEquals(MeasurementStatus.RESOLVED, resolved.status());
        assertEquals(0, new BigDecimal("73.1").compareTo(resolved.value()));
        assertEquals(List.of(Party.CLIENT, Party.PROVIDER, Party.CLIENT),
                resolved.thread().stream().map(MeasurementDetails.Message::party).toList());
        assertEquals(List.of("Client " + tenants.tag(), "First provider " + tenants.tag(), "Client " + tenants.tag()),
                resolved.thread().stream().map(MeasurementDetails.Message::authorOrganisation).toList(),
                "each message's author with their organisation");
        // 100,000.00 x 10% x 40% = 4,000.00, pending: February and March are not in yet
        CreditReport.Line credit = creditLines().get(0);
        assertEquals(new BigDecimal("4000.00"), credit.amount());
        assertEquals(CreditStatus.PENDING_EARN_BACK, credit.status());
        assertEquals("100000.00 x 10% x 40% = 4000.00", credit.formula());
    }

    @Test
    void twoMetMonthsEarnTheCreditBackAndTheScorecardShowsEveryMonth() throws Exception {
        accept(submit(answered, JAN, "74"));
        accept(submit(answered, JAN.plusMonths(1), "81"));
        MeasurementDetails march = submit(answered, JAN.plusMonths(2), "79");
        accept(submit(abandonment, JAN, "9.5"));
        accept(submit(abandonment, JAN.plusMonths(1), "8.5"));

        List<CreditReport.Line> lines = creditLines();
        // January: abandonment 3,000.00 payable (breached again in February), answered 4,000.00 pending (February
        // met, March not settled yet); February: abandonment 3,000.00 pending (March and April not in)
        assertEquals(List.of("Abandonment", "Answered in 20 s", "Abandonment"),
                lines.stream().map(CreditReport.Line::serviceLevel).toList());
        assertEquals(List.of(CreditStatus.PAYABLE, CreditStatus.PENDING_EARN_BACK, CreditStatus.PENDING_EARN_BACK),
                lines.stream().map(CreditReport.Line::status).toList());

        accept(march);
        Scorecard scorecard = as(tenants.analyst(), () -> credits.scorecard(workspace, JAN, JAN.plusMonths(3)));
        Scorecard.Row row = scorecard.rows().stream().filter(r -> r.serviceLevelId() == answered.id()).findFirst()
                .orElseThrow();
        assertEquals(List.of("breached", "met", "below_expected", "none"),
                row.cells().stream().map(Scorecard.Cell::tone).toList());
        assertEquals(CreditStatus.PAYABLE, row.cells().get(0).creditStatus(),
                "79% in March is below expected, not met: the earn-back is missed");
        assertEquals(new BigDecimal("4000.00"), row.cells().get(0).credit());
        Scorecard teamView = as(tenants.firstTeamMember(), () -> credits.scorecard(workspace, JAN, JAN));
        assertEquals(null, teamView.rows().get(0).cells().get(0).credit(), "team members see no money");
        assertEquals(null, teamView.rows().get(0).cells().get(0).creditStatus());
    }

    @Test
    void approvedReliefWaivesABreach() throws Exception {
        accept(submit(answered, JAN, "60"));
        ReliefDetails requested = as(tenants.firstAccountManager(), () -> reliefs.request(workspace, answered.id(), JAN,
                "Storm claims: 160% of forecast volume"));
        assertEquals(1, creditLines().size());

        as(tenants.relationshipManager(), () -> reliefs.decide(workspace, requested.id(), requested.version(), true, null));

        assertEquals(List.of(), creditLines());
        assertTrue(as(tenants.analyst(), () -> credits.scorecard(workspace, JAN, JAN)).rows().stream()
                .filter(row -> row.serviceLevelId() == answered.id()).findFirst().orElseThrow().cells().get(0)
                .relieved());
    }

    @Test
    void aBulkSubmissionIsStoredWholeOrNotAtAll() throws Exception {
        List<MeasurementLine> bad = MeasurementCsv.parse("""
                service_level,period,value,numerator,denominator
                Answered in 20 s,2026-01,,1613,2000
                Abandonment,2026-13,4.2,,
                Nonexistent,2026-01,50,,
                Abandonment,2026-01,104,,
                """);
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class,
                () -> as(tenants.firstAccountManager(), () -> measurements.submitAll(workspace, bad,
                        MeasurementSource.IMPORT)));
        assertEquals(List.of(3, 4, 5), rejected.errors().stream().map(LineError::lineNumber).toList());
        assertEquals(List.of("platform.month.invalid", "servicelevel.bulk.unknownLevel",
                        "servicelevel.measurement.value.range.percent"),
                rejected.errors().stream().map(LineError::messageKey).toList());
        assertEquals(List.of(), as(tenants.analyst(), () -> measurements.reviewQueue(workspace)), "nothing stored");

        MeasurementService.BulkOutcome outcome = as(tenants.firstAccountManager(), () -> measurements.submitAll(
                workspace, MeasurementCsv.parse("""
                        service_level,period,value,numerator,denominator
                        Answered in 20 s,2026-01,,1613,2000
                        %d,2026-01,4.2,,
                        """.formatted(abandonment.id())), MeasurementSource.IMPORT));
        assertEquals(2, outcome.created());
        List<MeasurementDetails> queue = as(tenants.relationshipManager(), () -> measurements.reviewQueue(workspace));
        assertEquals(0, new BigDecimal("80.65").compareTo(queue.stream()
                .filter(m -> m.serviceLevelId() == answered.id()).findFirst().orElseThrow().value()));
        assertEquals(MeasurementSource.IMPORT, queue.get(0).source());
    }

    @Test
    void aReviewOfAValueSinceCorrectedIsAConflict() throws Exception {
        MeasurementDetails first = submit(answered, JAN, "78");
        DomainException twice = assertThrows(DomainException.class, () -> submit(answered, JAN, "78.4"));
        assertEquals("servicelevel.measurement.alreadySubmitted", twice.messageKey());
        as(tenants.firstTeamMember(), () -> measurements.correct(workspace, first.id(), first.version(),
                new BigDecimal("78.4"), null, null, "Late records added", MeasurementSource.MANUAL));
        EJBException staleCorrection = assertThrows(EJBException.class, () -> as(tenants.firstAccountManager(),
                () -> measurements.correct(workspace, first.id(), first.version(), new BigDecimal("79"), null, null,
                        null, MeasurementSource.MANUAL)));
        assertTrue(staleCorrection.getCause() instanceof OptimisticLockException);

        EJBException conflict = assertThrows(EJBException.class, () -> as(tenants.relationshipManager(),
                () -> measurements.accept(workspace, first.id(), first.version())));
        assertTrue(conflict.getCause() instanceof OptimisticLockException, String.valueOf(conflict.getCause()));
        assertEquals(MeasurementStatus.SUBMITTED,
                as(tenants.analyst(), () -> measurements.measurement(workspace, first.id())).status());
        List<MeasurementRevision> history = as(tenants.analyst(), () -> measurements.history(workspace, first.id()));
        assertEquals(List.of(new BigDecimal("78.0000"), new BigDecimal("78.4000")),
                history.stream().map(MeasurementRevision::value).toList(), "the correction is on record");
        assertEquals(tenants.firstTeamMember(), history.get(1).actor());
        assertEquals("team1 " + tenants.tag(), history.get(1).actorName());
        assertEquals("First provider " + tenants.tag(), history.get(1).actorOrganisation());
    }

    @Test
    void eachRoleDoesOnlyItsPartAndOtherTenantsSeeNothing() throws Exception {
        MeasurementDetails january = submit(answered, JAN, "78");
        assertThrows(ForbiddenException.class, () -> as(tenants.analyst(), () -> measurements.submit(workspace,
                answered.id(), JAN, new BigDecimal("80"), null, null, null, MeasurementSource.MANUAL)));
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> measurements.accept(workspace, january.id(), january.version())));
        MeasurementDetails disputed = as(tenants.relationshipManager(),
                () -> measurements.dispute(workspace, january.id(), january.version(), "Which queues?"));
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> measurements.reply(workspace, disputed.id(), "All of them")), "the account manager answers");
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> reliefs.request(workspace, answered.id(), JAN, "Volume")), "the account manager asks");
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(),
                () -> measurements.measurement(workspace, january.id())));
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(), () -> credits.credits(workspace)));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> measurements.measurement(workspace, january.id())));
        long other = tenants.withSecondProvider();
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> measurements.measurement(other, january.id())), "an id from another workspace is not found");
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> serviceLevels.define(other, contract, new NewServiceLevel("X", Metric.CSAT, null, null, null,
                        false, BigDecimal.ZERO, YearMonth.of(2025, 1), null, new BigDecimal("80"),
                        new BigDecimal("70")))));
    }

    @Test
    void aRowCannotBeMovedIntoAnotherWorkspaceEvenBySql() throws Exception {
        MeasurementDetails january = submit(answered, JAN, "78");
        Exception refused = assertThrows(Exception.class, () -> ownerSql.execute(
                "update measurements set workspace_id = ? where id = ?", tenants.withSecondProvider(), january.id()));
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("is not in the workspace of service_levels"), messages.toString());
        assertEquals(1, as(tenants.analyst(), () -> measurements.reviewQueue(workspace)).size());
    }

    @Test
    void criticalAllocationsMayNotExceedThePoolCap() throws Exception {
        // 40% + 30% already; another 31% makes 101% against a cap of 100%
        DomainException refused = assertThrows(DomainException.class, () -> as(tenants.relationshipManager(),
                () -> serviceLevels.define(workspace, contract, new NewServiceLevel("CSAT", Metric.CSAT, null, null,
                        null, true, new BigDecimal("31"), YearMonth.of(2025, 1), null, new BigDecimal("85"),
                        new BigDecimal("80")))));
        assertEquals("contract.regime.poolAllocation.exceeded", refused.messageKey());
        List<ServiceLevelDetails> levels = as(tenants.analyst(), () -> serviceLevels.serviceLevels(workspace));
        assertEquals(2, levels.size());
        ServiceLevelDetails level = levels.stream().filter(l -> l.id() == answered.id()).findFirst().orElseThrow();
        assertEquals(level.month().isAfter(YearMonth.of(2027, 12)), level.inForce() == null,
                "the target in force this month, while the level applies");
        if (level.inForce() != null) {
            // no continuous improvement in this regime: as agreed
            assertEquals(0, new BigDecimal("80").compareTo(level.inForce().expected()));
            assertEquals(0, new BigDecimal("75").compareTo(level.inForce().minimum()));
        }
    }

    @Test
    void aRegimeWhoseCapTheLevelsAlreadyExceedIsRefused() throws Exception {
        String rm = tenants.relationshipManager();
        long version = as(rm, () -> contracts.contract(workspace, contract)).version();
        long widened = as(rm, () -> contracts.setCreditRegime(workspace, contract, version, regimeCappedAt("150")))
                .version();
        // 40% + 30% + 60% = 130%: within 150%, beyond 120%
        as(rm, () -> serviceLevels.define(workspace, contract, new NewServiceLevel("CSAT", Metric.CSAT, null, null, null,
                true, new BigDecimal("60"), YearMonth.of(2025, 1), null, new BigDecimal("85"), new BigDecimal("80"))));

        DomainException refused = assertThrows(DomainException.class,
                () -> as(rm, () -> contracts.setCreditRegime(workspace, contract, widened, regimeCappedAt("120"))));
        assertEquals("contract.regime.poolAllocation.exceeded", refused.messageKey());
        assertEquals(0, new BigDecimal("150").compareTo(
                as(rm, () -> contracts.contract(workspace, contract)).poolAllocationCapPercent()), "nothing changed");
    }

    private static CreditRegime regimeCappedAt(String cap) {
        return new CreditRegime(new BigDecimal("10"), new BigDecimal(cap), 2, BigDecimal.ZERO, new BigDecimal("50"));
    }

    @Test
    void theSimulatorComparesTheCurrentRegimeWithAProposedOne() throws Exception {
        accept(submit(answered, JAN, "74"));
        accept(submit(answered, JAN.plusMonths(1), "85"));
        accept(submit(answered, JAN.plusMonths(2), "85"));

        // today: 4,000.00 earned back; proposed 15% at risk without earn-back: 100,000 x 15% x 40% = 6,000.00 payable
        SimulationReport simulation = as(tenants.procurement(), () -> credits.simulate(workspace, contract,
                new CreditRegime(new BigDecimal("15"), new BigDecimal("100"), 0, BigDecimal.ZERO,
                        new BigDecimal("50")), null));
        assertEquals(new BigDecimal("4000.00"), simulation.currentCredited());
        assertEquals(new BigDecimal("0.00"), simulation.currentPayable());
        assertEquals(new BigDecimal("6000.00"), simulation.proposedPayable());

        SimulationReport uploaded = as(tenants.procurement(), () -> credits.simulate(workspace, contract,
                new CreditRegime(new BigDecimal("15"), new BigDecimal("100"), 0, BigDecimal.ZERO,
                        new BigDecimal("50")), MeasurementCsv.parse("service_level,period,value\nAbandonment,2026-02,9\n")));
        assertEquals(YearMonth.of(2026, 2), uploaded.periods().get(0).period());
        assertEquals(new BigDecimal("4500.00"), uploaded.proposedCredited());
        for (String outsider : List.of(tenants.analyst(), tenants.relationshipManager(), tenants.firstAccountManager())) {
            assertThrows(ForbiddenException.class, () -> as(outsider, () -> credits.simulate(workspace, contract,
                    regimeCappedAt("100"), null)), outsider);
        }
    }

    private MeasurementDetails submit(ServiceLevelDetails level, YearMonth period, String value) throws Exception {
        return as(tenants.firstAccountManager(), () -> measurements.submit(workspace, level.id(), period,
                new BigDecimal(value), null, null, "ACD monthly report", MeasurementSource.MANUAL));
    }

    private void accept(MeasurementDetails measurement) throws Exception {
        as(tenants.relationshipManager(), () -> measurements.accept(workspace, measurement.id(), measurement.version()));
    }

    private List<CreditReport.Line> creditLines() throws Exception {
        List<CreditReport> reports = as(tenants.analyst(), () -> credits.credits(workspace));
        return reports.isEmpty() ? List.of() : reports.get(0).credits();
    }
}

package io.tandem.servicelevel;

import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ContractType;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.servicelevel.ServiceLevelDetails.TargetDetails;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defining, changing and retargeting service levels against the database, under a contract in
 * review from January 2025 to December 2029 with 10% of 100,000.00 GBP monthly charges at risk and
 * a pool cap of 100%; "Answered in 20 s" (80% expected, 75% minimum) holds 40% of the pool.
 */
class ServiceLevelServiceIT extends TwoEngagementsTest {

    private static final YearMonth JAN_2025 = YearMonth.of(2025, 1);

    @Inject
    ContractService contracts;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    private long workspace;
    private long contract;
    private ServiceLevelDetails answered;

    @BeforeEach
    void contractInReviewWithOneCriticalLevel() throws Exception {
        workspace = tenants.withFirstProvider();
        String rm = tenants.relationshipManager();
        var draft = as(rm, () -> contracts.create(workspace, new NewContract("MSA-LEVELS", ContractType.MASTER_AGREEMENT,
                null, "Claims", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), 90, "", "GBP",
                new BigDecimal("1200000.00"), new BigDecimal("100000.00"))));
        contract = draft.id();
        var withRegime = as(rm, () -> contracts.setCreditRegime(workspace, contract, draft.version(), new CreditRegime(
                new BigDecimal("10"), new BigDecimal("100"), 2, BigDecimal.ZERO, new BigDecimal("50"))));
        as(rm, () -> contracts.moveTo(workspace, contract, withRegime.version(), ContractStatus.IN_REVIEW));
        answered = as(rm, () -> serviceLevels.define(workspace, contract, critical("Answered in 20 s",
                Metric.SERVICE_LEVEL, 20, "40", "80", "75")));
    }

    @Test
    void theClientDefinesALevelAndBothSidesReadIt() throws Exception {
        assertEquals("Answered in 20 s", answered.name());
        assertEquals("MSA-LEVELS", answered.contractReference());
        assertEquals(Metric.SERVICE_LEVEL, answered.metric());
        assertEquals(20, answered.metricParameter());
        assertEquals(Direction.HIGHER_IS_BETTER, answered.direction(), "the metric's own direction");
        assertEquals(0, new BigDecimal("40").compareTo(answered.allocationPercent()));
        assertEquals(List.of(target("2025-01", "80", "75")), targets(answered));

        ServiceLevelDetails byProcurement = as(tenants.procurement(), () -> serviceLevels.define(workspace, contract,
                key("Customer satisfaction", Metric.CSAT, "85", "80")));
        assertEquals(List.of("Answered in 20 s", "Customer satisfaction"), as(tenants.firstTeamMember(),
                () -> serviceLevels.serviceLevels(workspace)).stream().map(ServiceLevelDetails::name).toList());
        ServiceLevelDetails read = as(tenants.analyst(), () -> serviceLevels.serviceLevel(workspace,
                byProcurement.id()));
        assertEquals(List.of(target("2025-01", "85", "80")), targets(read));
        assertEquals(false, read.critical());

        DomainException twice = assertThrows(DomainException.class, () -> as(tenants.relationshipManager(),
                () -> serviceLevels.define(workspace, contract, key("Customer satisfaction", Metric.CSAT, "90", "85"))));
        assertEquals("servicelevel.name.duplicate", twice.messageKey());
    }

    @Test
    void onlyTheClientsRelationshipManagerAndProcurementDefineOrChangeALevel() throws Exception {
        NewServiceLevel csat = key("Customer satisfaction", Metric.CSAT, "85", "80");
        for (String refused : List.of(tenants.analyst(), tenants.firstAccountManager(), tenants.firstTeamMember())) {
            assertAllRefused(ForbiddenException.class, refused,
                    () -> serviceLevels.define(workspace, contract, csat),
                    () -> serviceLevels.change(workspace, answered.id(), answered.version(), "Renamed",
                            commitment(true, "40")),
                    () -> serviceLevels.changeTarget(workspace, answered.id(), answered.version(), YearMonth.of(2026, 1),
                            new BigDecimal("85"), new BigDecimal("80")));
        }
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(),
                () -> serviceLevels.serviceLevels(workspace)), "reviewers do not read service levels");
        assertEquals(List.of(target("2025-01", "80", "75")), targets(reread(answered)), "nothing changed");
    }

    @Test
    void anotherWorkspacesIdsAreNotFound() throws Exception {
        // the relationship manager works in both of the client's workspaces: ids of one do not work in the other
        long other = tenants.withSecondProvider();
        assertAllRefused(NotFoundException.class, tenants.relationshipManager(),
                () -> serviceLevels.define(other, contract, key("CSAT", Metric.CSAT, "85", "80")),
                () -> serviceLevels.serviceLevel(other, answered.id()),
                () -> serviceLevels.change(other, answered.id(), answered.version(), "Renamed", commitment(true, "40")),
                () -> serviceLevels.changeTarget(other, answered.id(), answered.version(), YearMonth.of(2026, 1),
                        new BigDecimal("85"), new BigDecimal("80")));
        // the second provider's account manager is no member here; a level that does not exist looks the same
        assertAllRefused(NotFoundException.class, tenants.secondAccountManager(),
                () -> serviceLevels.serviceLevels(workspace),
                () -> serviceLevels.serviceLevel(workspace, answered.id()));
        assertAllRefused(NotFoundException.class, tenants.relationshipManager(),
                () -> serviceLevels.serviceLevel(workspace, 987654321L));
        assertAllRefused(NotFoundException.class, tenants.platformAdmin(),
                () -> serviceLevels.serviceLevel(workspace, answered.id()));
    }

    @Test
    void aRetargetAppliesFromItsMonthOnAndEarlierMonthsKeepTheirs() throws Exception {
        String rm = tenants.relationshipManager();
        ServiceLevelDetails retargeted = as(rm, () -> serviceLevels.changeTarget(workspace, answered.id(),
                answered.version(), YearMonth.of(2026, 1), new BigDecimal("85"), new BigDecimal("78")));
        assertEquals(List.of(target("2025-01", "80", "75"), target("2026-01", "85", "78")), targets(retargeted));
        assertEquals(answered.version() + 1, retargeted.version(), "a new target is a change of the level");

        // a second change in the same month replaces that month's target
        ServiceLevelDetails again = as(rm, () -> serviceLevels.changeTarget(workspace, answered.id(),
                retargeted.version(), YearMonth.of(2026, 1), new BigDecimal("84"), new BigDecimal("77")));
        assertEquals(List.of(target("2025-01", "80", "75"), target("2026-01", "84", "77")), targets(again));
        assertEquals(answered.version() + 2, again.version());
        if (again.month().isAfter(YearMonth.of(2025, 12)) && again.month().isBefore(YearMonth.of(2030, 1))) {
            // no continuous improvement in this regime: the target in force this month is as agreed
            assertEquals(target("2026-01", "84", "77"), scaled(again.inForce()));
        }

        DomainException beforeStart = assertThrows(DomainException.class, () -> as(rm,
                () -> serviceLevels.changeTarget(workspace, answered.id(), again.version(), YearMonth.of(2024, 12),
                        new BigDecimal("85"), new BigDecimal("80"))));
        assertEquals("servicelevel.target.outsideLevel", beforeStart.messageKey());
        DomainException upsideDown = assertThrows(DomainException.class, () -> as(rm,
                () -> serviceLevels.changeTarget(workspace, answered.id(), again.version(), YearMonth.of(2026, 6),
                        new BigDecimal("75"), new BigDecimal("80"))));
        assertEquals("servicelevel.target.minimumBetterThanExpected", upsideDown.messageKey());
    }

    @Test
    void aSettledMonthKeepsTheTargetItWasJudgedBy() throws Exception {
        String am = tenants.firstAccountManager();
        String rm = tenants.relationshipManager();
        MeasurementDetails march = as(am, () -> measurements.submit(workspace, answered.id(), YearMonth.of(2026, 3),
                new BigDecimal("78"), null, null, "ACD export", MeasurementSource.MANUAL));
        as(rm, () -> measurements.accept(workspace, march.id(), march.version()));
        MeasurementDetails april = as(am, () -> measurements.submit(workspace, answered.id(), YearMonth.of(2026, 4),
                new BigDecimal("78"), null, null, "ACD export", MeasurementSource.MANUAL));

        // March is settled: a new target may start in April at the earliest, even though April is still open
        for (YearMonth settled : List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3))) {
            DomainException refused = assertThrows(DomainException.class, () -> as(rm,
                    () -> serviceLevels.changeTarget(workspace, answered.id(), answered.version(), settled,
                            new BigDecimal("85"), new BigDecimal("80"))), settled.toString());
            assertEquals("servicelevel.target.settled", refused.messageKey());
        }
        as(rm, () -> serviceLevels.changeTarget(workspace, answered.id(), answered.version(), YearMonth.of(2026, 4),
                new BigDecimal("85"), new BigDecimal("80")));

        // 78% is below the expected 80% but above the minimum 75% in March; against 85/80 it breaches in April
        MeasurementDetails marchNow = as(rm, () -> measurements.measurement(workspace, march.id()));
        assertEquals(PeriodResult.BELOW_EXPECTED, marchNow.result());
        assertEquals(0, new BigDecimal("80").compareTo(marchNow.expectedLevel()));
        MeasurementDetails aprilNow = as(rm, () -> measurements.measurement(workspace, april.id()));
        assertEquals(PeriodResult.BREACHED, aprilNow.result());
        assertEquals(0, new BigDecimal("80").compareTo(aprilNow.minimumLevel()));
    }

    @Test
    void aChangeMadeFromAStaleReadIsRefused() throws Exception {
        long seen = answered.version();
        ServiceLevelDetails renamed = as(tenants.relationshipManager(), () -> serviceLevels.change(workspace,
                answered.id(), seen, "Answered within 20 seconds", commitment(true, "40")));
        assertEquals(seen + 1, renamed.version());

        EJBException staleChange = assertThrows(EJBException.class, () -> as(tenants.procurement(),
                () -> serviceLevels.change(workspace, answered.id(), seen, "Calls answered in 20 s",
                        commitment(true, "40"))));
        assertTrue(staleChange.getCause() instanceof OptimisticLockException, String.valueOf(staleChange.getCause()));
        // a retarget adds a target row only, yet counts as a change of the level: it too needs the latest read
        EJBException staleTarget = assertThrows(EJBException.class, () -> as(tenants.procurement(),
                () -> serviceLevels.changeTarget(workspace, answered.id(), seen, YearMonth.of(2026, 1),
                        new BigDecimal("85"), new BigDecimal("80"))));
        assertTrue(staleTarget.getCause() instanceof OptimisticLockException, String.valueOf(staleTarget.getCause()));

        ServiceLevelDetails now = reread(answered);
        assertEquals("Answered within 20 seconds", now.name());
        assertEquals(List.of(target("2025-01", "80", "75")), targets(now));
        assertEquals(seen + 1, now.version());
    }

    @Test
    void criticalAllocationsStayWithinThePoolCapWhenDefinedAndWhenChanged() throws Exception {
        String rm = tenants.relationshipManager();
        ServiceLevelDetails abandonment = as(rm, () -> serviceLevels.define(workspace, contract, critical(
                "Abandonment", Metric.ABANDONMENT_RATE, null, "30", "5", "8")));
        // 40% + 30% + 31% = 101% of a 100% cap
        DomainException defined = assertThrows(DomainException.class, () -> as(rm, () -> serviceLevels.define(workspace,
                contract, critical("Resolution", Metric.FIRST_CONTACT_RESOLUTION, 7, "31", "75", "70"))));
        assertEquals("contract.regime.poolAllocation.exceeded", defined.messageKey());
        // 40% + 30% + 30% = 100%: exactly the cap
        as(rm, () -> serviceLevels.define(workspace, contract, critical("Resolution", Metric.FIRST_CONTACT_RESOLUTION, 7,
                "30", "75", "70")));
        // abandonment from 30% to 31%: 40% + 31% + 30% = 101% again
        DomainException changed = assertThrows(DomainException.class, () -> as(rm, () -> serviceLevels.change(workspace,
                abandonment.id(), abandonment.version(), "Abandonment", commitment(true, "31"))));
        assertEquals("contract.regime.poolAllocation.exceeded", changed.messageKey());
        // as a key level it holds nothing of the pool
        as(rm, () -> serviceLevels.change(workspace, abandonment.id(), abandonment.version(), "Abandonment",
                commitment(false, "0")));
        assertEquals(List.of(false, true, true), as(tenants.analyst(), () -> serviceLevels.serviceLevels(workspace))
                .stream().map(ServiceLevelDetails::critical).toList(), "Abandonment, Answered in 20 s, Resolution");
    }

    @Test
    void onceTheContractIsInForceALevelKeepsItsCommitmentButMayBeRenamed() throws Exception {
        String rm = tenants.relationshipManager();
        long version = as(rm, () -> contracts.contract(workspace, contract)).version();
        as(rm, () -> contracts.moveTo(workspace, contract, version, ContractStatus.ACTIVE));

        DomainException reallocated = assertThrows(DomainException.class, () -> as(rm, () -> serviceLevels.change(
                workspace, answered.id(), answered.version(), "Answered in 20 s", commitment(true, "30"))));
        assertEquals("servicelevel.commitment.locked", reallocated.messageKey());
        DomainException added = assertThrows(DomainException.class, () -> as(rm, () -> serviceLevels.define(workspace,
                contract, key("Customer satisfaction", Metric.CSAT, "85", "80"))));
        assertEquals("servicelevel.commitment.locked", added.messageKey());

        ServiceLevelDetails renamed = as(rm, () -> serviceLevels.change(workspace, answered.id(), answered.version(),
                "Calls answered within 20 s", commitment(true, "40")));
        assertEquals("Calls answered within 20 s", renamed.name());
        assertEquals(0, new BigDecimal("40").compareTo(renamed.allocationPercent()));
    }

    private void assertAllRefused(Class<? extends Exception> refusal, String caller, Callable<?>... calls) {
        for (Callable<?> call : calls) {
            assertThrows(refusal, () -> as(caller, call), caller);
        }
    }

    private ServiceLevelDetails reread(ServiceLevelDetails level) throws Exception {
        return as(tenants.analyst(), () -> serviceLevels.serviceLevel(workspace, level.id()));
    }

    private static NewServiceLevel critical(String name, Metric metric, Integer parameter, String allocation,
                                            String expected, String minimum) {
        return new NewServiceLevel(name, metric, parameter, null, null, true, new BigDecimal(allocation), JAN_2025,
                null, new BigDecimal(expected), new BigDecimal(minimum));
    }

    private static NewServiceLevel key(String name, Metric metric, String expected, String minimum) {
        return new NewServiceLevel(name, metric, null, null, null, false, BigDecimal.ZERO, JAN_2025, null,
                new BigDecimal(expected), new BigDecimal(minimum));
    }

    private static Commitment commitment(boolean critical, String allocation) {
        return new Commitment(critical, new BigDecimal(allocation), JAN_2025, null);
    }

    private static TargetDetails target(String from, String expected, String minimum) {
        return new TargetDetails(YearMonth.parse(from), new BigDecimal(expected).setScale(4),
                new BigDecimal(minimum).setScale(4));
    }

    /** The history as agreed, scaled as the database keeps it. */
    private static List<TargetDetails> targets(ServiceLevelDetails level) {
        return level.targets().stream().map(ServiceLevelServiceIT::scaled).toList();
    }

    private static TargetDetails scaled(TargetDetails target) {
        return new TargetDetails(target.appliesFrom(), target.expected().setScale(4), target.minimum().setScale(4));
    }
}

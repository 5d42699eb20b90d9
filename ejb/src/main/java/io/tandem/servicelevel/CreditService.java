package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.contract.CreditRegime;
import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Results and credits, computed when asked from the settled measurements, the approved relief
 * and each contract's regime: never stored, so never out of step with the figures behind them.
 */
@Stateless
@Tenancy
public class CreditService {

    /** EclipseLink's hint to read a relationship for all results in one more query, not one per row. */
    static final String BATCH = "eclipselink.batch";

    private final CreditCalculator calculator = new CreditCalculator();
    private final CreditSimulator simulator = new CreditSimulator();

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** Every contract's credits, for contracts with a credit regime and critical levels. */
    public List<CreditReport> credits(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_CREDITS);
        List<CreditReport> reports = new ArrayList<>();
        for (ContractRecord record : performance(workspaceId).values()) {
            record.credits(calculator).ifPresent(reports::add);
        }
        return reports;
    }

    /** The months {@code from} to {@code to} of every service level of the workspace. */
    public Scorecard scorecard(long workspaceId, YearMonth from, YearMonth to) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        if (from.isAfter(to) || from.plusYears(3).isBefore(to)) {
            throw new DomainException("servicelevel.scorecard.range");
        }
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth period = from; !period.isAfter(to); period = period.plusMonths(1)) {
            periods.add(period);
        }
        boolean showCredits = grant.allows(Permission.VIEW_CREDITS);
        List<Scorecard.Row> rows = new ArrayList<>();
        for (ContractRecord record : performance(workspaceId).values()) {
            Map<String, CreditReport.Line> credits = new HashMap<>();
            if (showCredits) {
                record.credits(calculator).ifPresent(report -> report.credits()
                        .forEach(line -> credits.put(line.serviceLevelId() + "/" + line.period(), line)));
            }
            for (LevelRecord level : record.levels()) {
                rows.add(level.row(periods, credits));
            }
        }
        return new Scorecard(periods, rows);
    }

    /** The contracts with a credit regime and service levels: what the simulator can replay. */
    public List<SimulationBaseline> simulationBaselines(long workspaceId) {
        access.require(workspaceId).require(Permission.SIMULATE_CREDITS);
        return em.createQuery("""
                        select c from Contract c where c.workspace.id = :workspace
                        and exists (select s from ServiceLevel s where s.contract = c) order by c.reference""",
                        Contract.class)
                .setParameter("workspace", workspaceId).getResultList().stream()
                .filter(contract -> contract.creditRegime().isPresent())
                .map(contract -> SimulationBaseline.of(contract, contract.creditRegime().get()))
                .toList();
    }

    /**
     * The contract's credits under its current regime and under {@code proposed}, from its settled
     * measurements and approved relief, or from {@code uploaded} lines instead (figures only: nothing
     * of them is stored, and relief does not apply to them).
     */
    public SimulationReport simulate(long workspaceId, long contractId, CreditRegime proposed, List<MeasurementLine> uploaded) {
        access.require(workspaceId).require(Permission.SIMULATE_CREDITS);
        ContractRecord record = performance(workspaceId, contractId).get(contractId);
        if (record == null) {
            new WorkspaceRecords(em, workspaceId).contract(contractId);
            throw new DomainException("servicelevel.simulator.noServiceLevels");
        }
        CreditRegime current = record.contract().creditRegime()
                .orElseThrow(() -> new DomainException("servicelevel.simulator.noRegime"));
        List<LevelPerformance> levels = uploaded == null ? record.performances() : record.replacedBy(uploaded);
        Money charges = record.contract().terms().monthlyCharges();
        return SimulationReport.of(simulator.compare(charges, current, proposed, levels), charges.currencyCode());
    }

    /** One month's credit, if it earned one: computed for the measurement's contract only. */
    public Optional<CreditReport.Line> creditFor(long workspaceId, long measurementId) {
        access.require(workspaceId).require(Permission.VIEW_CREDITS);
        Measurement measurement = new WorkspaceRecords(em, workspaceId).measurement(measurementId);
        if (!measurement.status().settled()) {
            return Optional.empty();
        }
        long contractId = measurement.serviceLevel().contract().id();
        return performance(workspaceId, contractId).get(contractId).credits(calculator).stream()
                .flatMap(report -> report.credits().stream())
                .filter(line -> line.serviceLevelId() == measurement.serviceLevel().id()
                        && line.period().equals(measurement.period()))
                .findFirst();
    }

    private Map<Long, ContractRecord> performance(long workspaceId) {
        return performance(workspaceId, null);
    }

    /**
     * The workspace's contracts that have service levels (or only {@code contractId}'s, when given),
     * each with its levels' records, by contract id. Three queries, and one for all levels' targets.
     */
    private Map<Long, ContractRecord> performance(long workspaceId, Long contractId) {
        String onlyLevels = contractId == null ? "" : " and s.contract.id = :contract";
        String onlyRows = contractId == null ? "" : " and x.serviceLevel.contract.id = :contract";
        TypedQuery<ServiceLevel> levelQuery = em.createQuery("""
                        select s from ServiceLevel s join fetch s.contract
                        where s.workspaceId = :workspace""" + onlyLevels + " order by s.contract.reference, s.name",
                        ServiceLevel.class)
                .setHint(BATCH, "s.targets");
        TypedQuery<Measurement> measurementQuery = em.createQuery(
                "select x from Measurement x where x.workspaceId = :workspace" + onlyRows, Measurement.class);
        TypedQuery<Relief> reliefQuery = em.createQuery(
                "select x from Relief x where x.workspaceId = :workspace and x.status = :approved" + onlyRows,
                Relief.class).setParameter("approved", ReliefStatus.APPROVED);
        for (TypedQuery<?> query : List.of(levelQuery, measurementQuery, reliefQuery)) {
            query.setParameter("workspace", workspaceId);
            if (contractId != null) {
                query.setParameter("contract", contractId);
            }
        }
        List<ServiceLevel> levels = levelQuery.getResultList();
        Map<Long, List<Measurement>> measurements = new HashMap<>();
        measurementQuery.getResultList()
                .forEach(m -> measurements.computeIfAbsent(m.serviceLevel().id(), k -> new ArrayList<>()).add(m));
        Map<Long, Set<YearMonth>> relieved = new HashMap<>();
        reliefQuery.getResultList()
                .forEach(r -> relieved.computeIfAbsent(r.serviceLevel().id(), k -> new HashSet<>()).add(r.period()));
        Map<Long, ContractRecord> contracts = new LinkedHashMap<>();
        for (ServiceLevel level : levels) {
            contracts.computeIfAbsent(level.contract().id(), id -> new ContractRecord(level.contract(), new ArrayList<>()))
                    .levels().add(new LevelRecord(level, measurements.getOrDefault(level.id(), List.of()),
                            relieved.getOrDefault(level.id(), Set.of())));
        }
        return contracts;
    }

    private record LevelRecord(ServiceLevel level, List<Measurement> measurements, Set<YearMonth> relieved) {

        LevelPerformance performance() {
            TreeMap<YearMonth, BigDecimal> settled = new TreeMap<>();
            measurements.stream().filter(m -> m.status().settled()).forEach(m -> settled.put(m.period(), m.value()));
            return new LevelPerformance(level.terms(), settled, relieved);
        }

        Scorecard.Row row(List<YearMonth> periods, Map<String, CreditReport.Line> credits) {
            Map<YearMonth, Measurement> byPeriod = new HashMap<>();
            measurements.forEach(m -> byPeriod.put(m.period(), m));
            List<Scorecard.Cell> cells = new ArrayList<>();
            for (YearMonth period : periods) {
                if (!level.covers(period)) {
                    cells.add(new Scorecard.Cell(period, false, null, null, null, null, false, null, null, null));
                    continue;
                }
                Target target = level.targetFor(period);
                Measurement m = byPeriod.get(period);
                CreditReport.Line credit = credits.get(level.id() + "/" + period);
                cells.add(new Scorecard.Cell(period, true, m == null ? null : m.id(), m == null ? null : m.value(),
                        m == null ? null : m.status(), m == null ? null : target.evaluate(m.value()),
                        relieved.contains(period), target.expected(), credit == null ? null : credit.amount(),
                        credit == null ? null : credit.status()));
            }
            return new Scorecard.Row(level.id(), level.contract().reference(), level.name(), level.metric().metric(),
                    level.critical(), cells);
        }
    }

    private record ContractRecord(Contract contract, List<LevelRecord> levels) {

        List<LevelPerformance> performances() {
            return levels.stream().map(LevelRecord::performance).toList();
        }

        /** The same levels judged on uploaded figures instead of the stored ones. */
        List<LevelPerformance> replacedBy(List<MeasurementLine> uploaded) {
            Map<Long, TreeMap<YearMonth, BigDecimal>> values = new HashMap<>();
            for (MeasurementLines.Checked line : MeasurementLines.check(uploaded,
                    levels.stream().map(LevelRecord::level).toList())) {
                values.computeIfAbsent(line.level().id(), k -> new TreeMap<>()).put(line.period(), line.value().value());
            }
            return levels.stream().map(l -> new LevelPerformance(l.level().terms(),
                    values.getOrDefault(l.level().id(), new TreeMap<>()), Set.of())).toList();
        }

        Optional<CreditReport> credits(CreditCalculator calculator) {
            if (contract.creditRegime().isEmpty() || levels.stream().noneMatch(l -> l.level().critical())) {
                return Optional.empty();
            }
            CreditRegime regime = contract.creditRegime().get();
            Map<String, Long> ids = new HashMap<>();
            levels.forEach(l -> ids.put(l.level().name(), l.level().id()));
            List<CreditReport.Line> lines = new ArrayList<>();
            for (PeriodCredits period : calculator.credits(contract.terms().monthlyCharges(), regime,
                    levels.stream().map(l -> l.performance().periods(regime.continuousImprovementPercent())).toList())) {
                period.credits().forEach(credit -> lines.add(CreditReport.Line.of(ids.get(credit.serviceLevel()), credit)));
            }
            return Optional.of(CreditReport.of(contract.id(), contract.reference(),
                    contract.terms().monthlyCharges().currencyCode(), lines));
        }
    }
}

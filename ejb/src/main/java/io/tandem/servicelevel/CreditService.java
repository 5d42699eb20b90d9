package io.tandem.servicelevel;

import io.tandem.contract.CreditRegime;
import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import io.tandem.servicelevel.CreditRecords.ContractLevels;
import io.tandem.tenancy.Permission;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.WorkspaceAccess;
import io.tandem.tenancy.WorkspaceGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Results and credits, computed when asked from the settled measurements, the approved relief
 * and each contract's regime: never stored, so never out of step with the figures behind them.
 */
@Stateless
@Tenancy
public class CreditService {

    private final CreditCalculator calculator = new CreditCalculator();
    private final CreditSimulator simulator = new CreditSimulator();

    @PersistenceContext(unitName = "tandem")
    private EntityManager em;

    @Inject
    WorkspaceAccess access;

    /** Every contract's credits, for contracts with a credit regime and critical levels. */
    public List<CreditReport> credits(long workspaceId) {
        access.require(workspaceId).require(Permission.VIEW_CREDITS);
        return records(workspaceId).contracts().stream().flatMap(contract -> credits(contract).stream()).toList();
    }

    /** The months {@code from} to {@code to} of every service level of the workspace. */
    public Scorecard scorecard(long workspaceId, YearMonth from, YearMonth to) {
        return resultsAndCredits(workspaceId, from, to).scorecard();
    }

    /**
     * The months' scorecard and, for a caller who may read them, every contract's credits, from one
     * read of the records: asking for the two in turn read every measurement and computed every
     * credit twice.
     */
    public ResultsAndCredits resultsAndCredits(long workspaceId, YearMonth from, YearMonth to) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        List<YearMonth> periods = Scorecard.months(from, to);
        boolean showCredits = grant.allows(Permission.VIEW_CREDITS);
        List<Scorecard.Row> rows = new ArrayList<>();
        List<CreditReport> reports = new ArrayList<>();
        for (ContractLevels contract : records(workspaceId).contracts()) {
            Optional<CreditReport> report = showCredits ? credits(contract) : Optional.empty();
            report.ifPresent(reports::add);
            Map<CreditReport.LevelMonth, CreditReport.Line> credits = report.map(CreditReport::byLevelMonth)
                    .orElse(Map.of());
            contract.levels().forEach(level -> rows.add(Scorecard.Row.of(level, periods, credits)));
        }
        return new ResultsAndCredits(new Scorecard(periods, rows), showCredits ? List.copyOf(reports) : null);
    }

    /**
     * The latest reported month's results and the credits so far; the month before {@code thisMonth}
     * when nothing has been reported yet.
     */
    public ServiceLevelGlance glance(long workspaceId, YearMonth thisMonth) {
        WorkspaceGrant grant = access.require(workspaceId).require(Permission.VIEW_SERVICE_LEVELS);
        YearMonth latest = em.createQuery(
                        "select max(m.period) from Measurement m where m.workspaceId = :workspace", LocalDate.class)
                .setParameter("workspace", workspaceId).getResultStream().filter(Objects::nonNull).findFirst()
                .map(YearMonth::from).orElse(thisMonth.minusMonths(1));
        ResultsAndCredits figures = resultsAndCredits(workspaceId, latest, latest);
        return ServiceLevelGlance.of(latest, figures.scorecard(), figures.credits());
    }

    /** The contracts with a credit regime and service levels: what the simulator can replay. */
    public List<SimulationBaseline> simulationBaselines(long workspaceId) {
        access.require(workspaceId).require(Permission.SIMULATE_CREDITS);
        return records(workspaceId).contractsWithLevels().stream()
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
        ContractLevels record = records(workspaceId).contract(contractId)
                .orElseThrow(() -> new DomainException("servicelevel.simulator.noServiceLevels"));
        CreditRegime current = record.contract().creditRegime()
                .orElseThrow(() -> new DomainException("servicelevel.simulator.noRegime"));
        List<LevelPerformance> levels = uploaded == null ? record.performances() : record.replacedBy(uploaded);
        Money charges = record.contract().terms().monthlyCharges();
        return SimulationReport.of(simulator.compare(charges, current, proposed, levels), charges.currencyCode());
    }

    /** One month's credit, if it earned one: computed for the measurement's contract only. */
    public Optional<CreditReport.Line> creditFor(long workspaceId, long measurementId) {
        access.require(workspaceId).require(Permission.VIEW_CREDITS);
        CreditRecords records = records(workspaceId);
        Measurement measurement = records.measurement(measurementId);
        if (!measurement.status().settled()) {
            return Optional.empty();
        }
        ServiceLevel level = measurement.serviceLevel();
        CreditReport.LevelMonth month = new CreditReport.LevelMonth(level.id(), measurement.period());
        return records.contract(level.contract().id()).flatMap(this::credits)
                .map(report -> report.byLevelMonth().get(month));
    }

    /**
     * What a month still under review or dispute would earn if its value stood as submitted (or as
     * last corrected): the credit at stake. Empty for a settled month (see {@link #creditFor}) and
     * for a month that would earn nothing.
     */
    public Optional<CreditReport.Line> creditAtStake(long workspaceId, long measurementId) {
        access.require(workspaceId).require(Permission.VIEW_CREDITS);
        CreditRecords records = records(workspaceId);
        Measurement measurement = records.measurement(measurementId);
        if (measurement.status().settled()) {
            return Optional.empty();
        }
        ServiceLevel level = measurement.serviceLevel();
        CreditReport.LevelMonth month = new CreditReport.LevelMonth(level.id(), measurement.period());
        return records.contract(level.contract().id())
                .flatMap(record -> credits(record, m -> m.status().settled() || m.id().equals(measurementId)))
                .map(report -> report.byLevelMonth().get(month));
    }

    /** The contract's credits under its regime: none without a regime, or without a critical level to earn them. */
    private Optional<CreditReport> credits(ContractLevels record) {
        return credits(record, m -> m.status().settled());
    }

    private Optional<CreditReport> credits(ContractLevels record, Predicate<Measurement> counted) {
        Optional<CreditRegime> regime = record.contract().creditRegime();
        if (regime.isEmpty() || !record.hasCriticalLevel()) {
            return Optional.empty();
        }
        return Optional.of(CreditReport.of(record.contract(), calculator.credits(
                record.contract().terms().monthlyCharges(), regime.get(), record.periodsUnder(regime.get(), counted))));
    }

    private CreditRecords records(long workspaceId) {
        return new CreditRecords(em, workspaceId);
    }
}

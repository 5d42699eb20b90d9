package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.contract.CreditRegime;
import jakarta.persistence.EntityManager;
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
import java.util.function.Predicate;

/**
 * What results and credits are computed from, read inside one workspace: each contract that has
 * service levels, with every level's measurements and approved relief. Three queries, and one for
 * all levels' targets, however many levels there are.
 */
final class CreditRecords {

    private final EntityManager em;
    private final long workspaceId;
    private final WorkspaceRecords records;

    CreditRecords(EntityManager em, long workspaceId) {
        this.em = em;
        this.workspaceId = workspaceId;
        this.records = new WorkspaceRecords(em, workspaceId);
    }

    /** A contract and its service levels' records, the levels by name. */
    record ContractLevels(Contract contract, List<LevelRecord> levels) {

        boolean hasCriticalLevel() {
            return levels.stream().anyMatch(l -> l.level().critical());
        }

        List<LevelPerformance> performances() {
            return levels.stream().map(LevelRecord::performance).toList();
        }

        /** Every level's settled periods judged under {@code regime}: what its credits are computed from. */
        List<LevelPeriods> periodsUnder(CreditRegime regime) {
            return periodsUnder(regime, m -> m.status().settled());
        }

        /** The same, counting the measurements {@code counted} admits, e.g. a disputed one taken as it stands. */
        List<LevelPeriods> periodsUnder(CreditRegime regime, Predicate<Measurement> counted) {
            return levels.stream().map(l -> l.performance(counted).periods(regime.continuousImprovementPercent()))
                    .toList();
        }

        /** The same levels judged on uploaded figures instead of the stored ones, without relief. */
        List<LevelPerformance> replacedBy(List<MeasurementLine> uploaded) {
            Map<Long, TreeMap<YearMonth, BigDecimal>> values = new HashMap<>();
            for (MeasurementLines.Checked line : MeasurementLines.check(uploaded,
                    levels.stream().map(LevelRecord::level).toList())) {
                values.computeIfAbsent(line.level().id(), k -> new TreeMap<>()).put(line.period(), line.value().value());
            }
            return levels.stream().map(l -> new LevelPerformance(l.level().id(), l.level().terms(),
                    values.getOrDefault(l.level().id(), new TreeMap<>()), Set.of())).toList();
        }
    }

    /** One service level with all its measurements, settled or not, and the months relief excused. */
    record LevelRecord(ServiceLevel level, List<Measurement> measurements, Set<YearMonth> relieved) {

        /** Only settled values count: a submitted or disputed one may still change. */
        LevelPerformance performance() {
            return performance(m -> m.status().settled());
        }

        private LevelPerformance performance(Predicate<Measurement> counted) {
            TreeMap<YearMonth, BigDecimal> values = new TreeMap<>();
            measurements.stream().filter(counted).forEach(m -> values.put(m.period(), m.value()));
            return new LevelPerformance(level.id(), level.terms(), values, relieved);
        }
    }

    /** Every contract of the workspace that has service levels. */
    List<ContractLevels> contracts() {
        return read(null);
    }

    /**
     * The contract with its levels' records, or empty when it has no service levels; a contract of
     * another workspace is not found.
     */
    Optional<ContractLevels> contract(long contractId) {
        List<ContractLevels> found = read(contractId);
        if (found.isEmpty()) {
            records.contract(contractId);
        }
        return found.stream().findFirst();
    }

    /** The contracts that have service levels, by reference, without their measurements. */
    List<Contract> contractsWithLevels() {
        return em.createQuery("""
                        select c from Contract c where c.workspace.id = :workspace
                        and exists (select s from ServiceLevel s where s.contract = c) order by c.reference""",
                        Contract.class)
                .setParameter("workspace", workspaceId).getResultList();
    }

    Measurement measurement(long measurementId) {
        return records.measurement(measurementId);
    }

    /** The workspace's contracts with service levels, or only {@code contractId}'s when given. */
    private List<ContractLevels> read(Long contractId) {
        String onlyLevels = contractId == null ? "" : " and s.contract.id = :contract";
        String onlyRows = contractId == null ? "" : " and x.serviceLevel.contract.id = :contract";
        TypedQuery<ServiceLevel> levelQuery = em.createQuery("""
                        select s from ServiceLevel s join fetch s.contract
                        where s.workspaceId = :workspace""" + onlyLevels + " order by s.contract.reference, s.name",
                        ServiceLevel.class)
                .setHint(WorkspaceRecords.BATCH, "s.targets");
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
        Map<Long, ContractLevels> contracts = new LinkedHashMap<>();
        for (ServiceLevel level : levels) {
            contracts.computeIfAbsent(level.contract().id(), id -> new ContractLevels(level.contract(), new ArrayList<>()))
                    .levels().add(new LevelRecord(level, measurements.getOrDefault(level.id(), List.of()),
                            relieved.getOrDefault(level.id(), Set.of())));
        }
        return List.copyOf(contracts.values());
    }
}

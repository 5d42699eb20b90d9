package io.tandem.web.servicelevel;

import io.tandem.analytics.EarlyWarningReport;
import io.tandem.analytics.KpiService;
import io.tandem.platform.NotFoundException;
import io.tandem.servicelevel.CreditService;
import io.tandem.servicelevel.Scorecard;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The service-level scorecard: levels as rows, months as columns, twelve months at a time. */
@Named
@ViewScoped
public class ScorecardView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditService credits;

    @Inject
    KpiService kpis;

    private List<EarlyWarningReport> warnings = List.of();

    private YearMonth to;
    private Long contract;
    private Scorecard scorecard;
    private List<Scorecard.Row> rows = List.of();

    public void load() {
        openWorkspace();
        if (to == null) {
            to = YearMonth.now();
        }
        scorecard = credits.scorecard(workspaceId, getFrom(), to);
        warnings = kpis.earlyWarning(workspaceId, LocalDate.now().minusDays(1));
        if (contract != null && !getContracts().containsValue(contract)) {
            throw new NotFoundException();
        }
        filter();
    }

    public void filter() {
        rows = scorecard.rows().stream()
                .filter(row -> contract == null || row.contractId() == contract).toList();
    }

    /** The rows shown: every level, or the chosen contract's. */
    public List<Scorecard.Row> getRows() {
        return rows;
    }

    /** The contracts on the card by reference, for the filter. */
    public Map<String, Long> getContracts() {
        Map<String, Long> contracts = new TreeMap<>();
        scorecard.rows().forEach(row -> contracts.put(row.contractReference(), row.contractId()));
        return contracts;
    }

    /** Each month's credits of the rows shown, by currency. */
    public Map<YearMonth, Map<String, BigDecimal>> getCreditTotals() {
        return new Scorecard(scorecard.periods(), rows).creditTotals();
    }

    /**
     * The level's settled values over the card's months as an SVG polyline in a 60 x 16 box, higher
     * values higher; empty with fewer than two values. Unsettled months are left out: a trend of
     * figures that may still change would mislead.
     */
    public String trend(Scorecard.Row row) {
        List<BigDecimal> values = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Scorecard.Cell cell = row.cells().get(i);
            if (cell.value() != null && !cell.provisional()) {
                values.add(cell.value());
                positions.add(i);
            }
        }
        if (values.size() < 2) {
            return "";
        }
        BigDecimal low = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = values.stream().max(BigDecimal::compareTo).orElseThrow();
        double span = high.subtract(low).doubleValue();
        int last = Math.max(1, row.cells().size() - 1);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = 60.0 * positions.get(i) / last;
            double y = span == 0 ? 8 : 15 - 14 * values.get(i).subtract(low).doubleValue() / span;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString().strip();
    }

    /** This month's computed levels with their projected end (early warning). */
    public List<EarlyWarningReport> getWarnings() {
        return warnings;
    }

    public YearMonth getFrom() {
        return to.minusMonths(11);
    }

    public YearMonth getEarlier() {
        return to.minusMonths(12);
    }

    public YearMonth getLater() {
        return to.plusMonths(12);
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public Long getContract() {
        return contract;
    }

    public void setContract(Long contract) {
        this.contract = contract;
    }
}

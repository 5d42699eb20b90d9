package io.tandem.dashboard;

import io.tandem.servicelevel.PeriodResult;
import io.tandem.servicelevel.Scorecard;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How the months of some service levels went: of the months with a settled value (accepted, or
 * resolved after a dispute), how many met the expected level and how many breached the minimum
 * without relief. A month still under review counts in neither, since its result may change.
 *
 * @param percent months met / months settled x 100, rounded half-up to one decimal; null when no
 *                month is settled (nothing to attain yet, which is not 0 %)
 */
public record Attainment(long monthsSettled, long monthsMet, long breaches, BigDecimal percent)
        implements Serializable {

    public static Attainment of(List<Scorecard.Row> rows) {
        long settled = 0;
        long met = 0;
        long breaches = 0;
        for (Scorecard.Row row : rows) {
            for (Scorecard.Cell cell : row.cells()) {
                if (cell.status() == null || !cell.status().settled()) {
                    continue;
                }
                settled++;
                if (cell.result() == PeriodResult.MET) {
                    met++;
                } else if (cell.result() == PeriodResult.BREACHED && !cell.relieved()) {
                    breaches++;
                }
            }
        }
        return new Attainment(settled, met, breaches, settled == 0 ? null
                : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(settled), 1, RoundingMode.HALF_UP));
    }
}

package io.tandem.servicelevel;

import io.tandem.platform.DomainException;
import io.tandem.platform.Months;
import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one check of measurement lines, for a provider's bulk submission and for figures uploaded to
 * the simulator alike: each line names a service level among {@code levels} and a month that level
 * applies to, no level and month twice, and a value its metric admits. Every bad line is named with
 * its reason; nothing is returned unless all are good.
 */
final class MeasurementLines {

    /** A line that passed: the level, the month and the checked value. */
    record Checked(int lineNumber, ServiceLevel level, YearMonth period, MeasuredValue value, String evidence) {
    }

    private record LevelMonth(ServiceLevel level, YearMonth period) {
    }

    private MeasurementLines() {
    }

    static List<Checked> check(List<MeasurementLine> lines, List<ServiceLevel> levels) {
        if (lines.isEmpty()) {
            throw new RejectedLinesException(List.of(new LineError(1, "servicelevel.bulk.empty", List.of())));
        }
        LineReader reader = new LineReader(levels);
        Set<LevelMonth> seen = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (MeasurementLine line : lines) {
            try {
                ServiceLevel level = reader.serviceLevel(line.serviceLevel());
                YearMonth period = Months.parse(line.period());
                if (!level.covers(period)) {
                    throw new DomainException("servicelevel.measurement.period.outsideLevel", period.toString());
                }
                if (!seen.add(new LevelMonth(level, period))) {
                    throw new DomainException("servicelevel.bulk.repeated", level.name(), period.toString());
                }
                checked.add(new Checked(line.lineNumber(), level, period,
                        MeasuredValue.of(level.metric().metric(), line.value(), line.numerator(), line.denominator()),
                        line.evidence()));
            } catch (DomainException e) {
                errors.add(new LineError(line.lineNumber(), e.messageKey(), e.arguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedLinesException(errors);
        }
        return checked;
    }
}

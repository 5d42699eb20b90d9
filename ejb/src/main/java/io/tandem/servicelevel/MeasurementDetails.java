package io.tandem.servicelevel;

import io.tandem.tenancy.Party;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A measurement with the target it is judged by (after continuous improvement), its result
 * (provisional until settled) and its dispute thread; {@code kpi} is the definition it was computed
 * by, null for a reported level.
 */
public record MeasurementDetails(long id, long serviceLevelId, String serviceLevel, Metric metric, YearMonth period,
                              BigDecimal value, BigDecimal numerator, BigDecimal denominator, MeasurementSource source,
                              String evidence, MeasurementStatus status, String submittedBy,
                              OffsetDateTime submittedAt, String reviewedBy, OffsetDateTime reviewedAt,
                              BigDecimal expectedLevel, BigDecimal minimumLevel, PeriodResult result,
                              List<Message> thread, long version, KpiDefinition kpi) implements Serializable {

    /** A message of the thread; its author by name and organisation. */
    public record Message(long id, DisputeMessage.Kind kind, Party party, String author, String body,
                          BigDecimal valueBefore, BigDecimal valueAfter, OffsetDateTime postedAt,
                          String authorOrganisation) implements Serializable {
    }

    public boolean settled() {
        return status.settled();
    }

    private static String organisationName(io.tandem.tenancy.UserAccount user) {
        return user.organisation() == null ? null : user.organisation().name();
    }

    static MeasurementDetails of(Measurement measurement, Target target) {
        ServiceLevel level = measurement.serviceLevel();
        return new MeasurementDetails(measurement.id(), level.id(), level.name(), level.metric().metric(),
                measurement.period(), measurement.value(), measurement.numerator(), measurement.denominator(),
                measurement.source(), measurement.evidence(), measurement.status(),
                measurement.submittedBy().displayName(), measurement.submittedAt(),
                measurement.reviewedBy() == null ? null : measurement.reviewedBy().displayName(),
                measurement.reviewedAt(), target.expected(), target.minimum(), target.evaluate(measurement.value()),
                measurement.thread().stream().map(m -> new Message(m.id(), m.kind(), m.party(),
                        m.author().displayName(), m.body(), m.valueBefore(), m.valueAfter(), m.postedAt(),
                        organisationName(m.author()))).toList(),
                measurement.version(), KpiDefinition.of(level));
    }
}

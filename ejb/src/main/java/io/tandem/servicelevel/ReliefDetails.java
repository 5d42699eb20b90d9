package io.tandem.servicelevel;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A relief request and its decision. */
public record ReliefDetails(long id, long serviceLevelId, String serviceLevel, YearMonth period, String reason,
                         ReliefStatus status, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
                         String decisionNote, long version) implements Serializable {

    static ReliefDetails of(Relief relief) {
        return new ReliefDetails(relief.id(), relief.serviceLevel().id(), relief.serviceLevel().name(), relief.period(),
                relief.reason(), relief.status(), relief.requestedBy().displayName(), relief.requestedAt(),
                relief.decidedBy() == null ? null : relief.decidedBy().displayName(), relief.decisionNote(),
                relief.version());
    }
}

package io.tandem.servicelevel;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A relief request and its decision. */
public record ReliefView(long id, long serviceLevelId, String serviceLevel, YearMonth period, String reason,
                         ReliefStatus status, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
                         String decisionNote, long version) implements Serializable {

    static ReliefView of(Relief relief) {
        return new ReliefView(relief.id(), relief.serviceLevel().id(), relief.serviceLevel().name(), relief.period(),
                relief.reason(), relief.status(), relief.requestedBy().displayName(), relief.requestedAt(),
                relief.decidedBy() == null ? null : relief.decidedBy().displayName(), relief.decisionNote(),
                relief.version());
    }
}

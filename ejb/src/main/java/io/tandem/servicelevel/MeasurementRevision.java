package io.tandem.servicelevel;

import io.tandem.audit.AuditEntry;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One state a measurement was in, read back from its audit trail: who made the change, when, and
 * the status and value it left. Corrections before review and after a dispute show here. People
 * are shown by {@code actorName} and {@code actorOrganisation}; {@code actor}, the e-mail address,
 * stays for API clients that read it.
 */
public record MeasurementRevision(OffsetDateTime at, String actor, MeasurementStatus status, BigDecimal value,
                                  MeasurementSource source, String actorName, String actorOrganisation)
        implements Serializable {

    /** Looked up once: each {@code Json.create...} call searches the class path for the provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static MeasurementRevision of(AuditEntry event) {
        try (JsonReader reader = JSON.createReader(new StringReader(event.after()))) {
            JsonObject row = reader.readObject();
            return new MeasurementRevision(event.occurredAt(), event.actor(),
                    MeasurementStatus.valueOf(row.getString("status")), row.getJsonNumber("value").bigDecimalValue(),
                    MeasurementSource.valueOf(row.getString("source")), event.actorName(), event.actorOrganisation());
        }
    }
}

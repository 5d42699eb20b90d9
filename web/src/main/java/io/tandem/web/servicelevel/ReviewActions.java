package io.tandem.web.servicelevel;

import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.ReliefDetails;
import io.tandem.servicelevel.ReliefService;
import io.tandem.web.shell.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The client's review acts (accept a month, dispute it, decide relief), the same from the review
 * queue, the month's page and the relief page: one message on success, the domain's reason or a
 * conflict message otherwise. Each answers whether it succeeded, so the page can clear its form.
 */
@Dependent
public class ReviewActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasurementService measurements;

    @Inject
    ReliefService reliefs;

    @Inject
    Messages messages;

    public boolean accept(long workspaceId, MeasurementDetails measurement) {
        return messages.attempt(() -> measurements.accept(workspaceId, measurement.id(), measurement.version()),
                "servicelevel.measurement.accepted");
    }

    public boolean dispute(long workspaceId, MeasurementDetails measurement, String reason) {
        return messages.attempt(() -> measurements.dispute(workspaceId, measurement.id(), measurement.version(),
                reason), "servicelevel.measurement.disputed");
    }

    public boolean decide(long workspaceId, ReliefDetails relief, boolean approved, String note) {
        return messages.attempt(() -> reliefs.decide(workspaceId, relief.id(), relief.version(), approved, note),
                approved ? "servicelevel.reliefs.approved" : "servicelevel.reliefs.rejected");
    }
}

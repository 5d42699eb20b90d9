package io.tandem.interaction;

import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.util.List;

/**
 * What an import did: the import as recorded and, when the file was refused, its first bad lines
 * (up to a thousand) each with its reason. {@code details().rejectedLines()} counts them all.
 */
public record InteractionImportReport(InteractionImportDetails details, List<LineError> errors) {

    public InteractionImportReport {
        errors = List.copyOf(errors);
    }

    public boolean stored() {
        return details.outcome() == ImportOutcome.STORED;
    }

    /** The refusal as the API and pages report any bad file. */
    public RejectedLinesException rejection() {
        return new RejectedLinesException(errors, details.rejectedLines());
    }
}

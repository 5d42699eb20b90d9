package io.tandem.platform.bulk;

import io.tandem.platform.DomainException;
import java.util.List;

/** A file or bulk submission with at least one bad line: nothing of it is stored, and every bad line is named. */
public class RejectedLinesException extends DomainException {

    private final transient List<LineError> errors;

    public RejectedLinesException(List<LineError> errors) {
        super("platform.bulk.rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}

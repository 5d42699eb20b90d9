package io.tandem.platform.bulk;

import io.tandem.platform.DomainException;
import java.util.List;

/**
 * A file or bulk submission with at least one bad line: nothing of it is stored, and every bad
 * line is named, or, for a file with very many, the first of them and how many there are.
 */
public class RejectedLinesException extends DomainException {

    private final transient List<LineError> errors;
    private final long total;

    public RejectedLinesException(List<LineError> errors) {
        this(errors, errors.size());
    }

    /** The first bad lines of a file with {@code total} of them. */
    public RejectedLinesException(List<LineError> errors, long total) {
        super("platform.bulk.rejected", total);
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public List<LineError> errors() {
        return errors;
    }

    /** How many lines were bad, also those beyond {@link #errors()}. */
    public long total() {
        return total;
    }
}

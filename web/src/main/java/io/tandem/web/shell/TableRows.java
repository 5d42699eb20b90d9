package io.tandem.web.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a page hands to a sortable table. PrimeFaces sorts a table's list in place, and the
 * lists services return are unmodifiable, so a view keeps a modifiable copy in its own field.
 */
public final class TableRows {

    private TableRows() {
    }

    public static <T> List<T> of(List<T> rows) {
        return new ArrayList<>(rows);
    }
}

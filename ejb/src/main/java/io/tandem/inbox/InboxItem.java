package io.tandem.inbox;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One thing that waits for the caller: what kind of act, in which workspace, about which record,
 * and by when. {@code page} names the page where one acts; it takes the workspace, and
 * {@code recordId} in the view parameter {@code parameter} unless that is null (a list page); the kind's label lives in the message bundles
 * under {@code inbox.kind.<kind>}.
 *
 * @param subject what the record is called (a level's name, a contract's reference, an obligation)
 * @param period  the month the item is about, or null
 * @param due     the date by which to act, or null when nothing says so
 * @param overdue whether that date has passed
 */
public record InboxItem(String kind, long workspaceId, String workspaceName, long recordId, String subject,
                        YearMonth period, LocalDate due, boolean overdue, String page,
                        String parameter) implements Serializable {

    public InboxItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(page);
    }
}

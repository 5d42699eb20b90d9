package io.tandem.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * Contact volumes for the dashboards, read from figures aggregated per workspace, month, channel
 * and queue (never from the interaction records themselves). Called inside a service that has
 * already checked the caller's access to the workspaces; row-level security applies besides.
 */
public interface VolumeSource {

    /** The workspace's volumes in the months {@code from} to {@code to}, by channel and queue. */
    List<Volume> volumes(long workspaceId, YearMonth from, YearMonth to);

    /** Contacts offered in the workspace in the months {@code from} to {@code to}. */
    long offered(long workspaceId, YearMonth from, YearMonth to);
}

package io.tandem.dashboard;

import io.tandem.tenancy.TransactionConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Volumes from {@code dashboard_volumes}, the monthly aggregate {@link VolumeAggregates} keeps: one
 * index range per workspace, however many interaction records lie behind it. Runs on the calling
 * service's transaction, whose connection carries the caller's row-level security.
 */
@ApplicationScoped
public class MonthlyVolumes implements VolumeSource {

    @Inject
    TransactionConnection connections;

    @Override
    public List<Volume> volumes(long workspaceId, YearMonth from, YearMonth to) {
        String sql = """
                select channel, queue, sum(offered), sum(answered), sum(abandoned) from dashboard_volumes
                where workspace_id = ? and period between ? and ?
                group by channel, queue order by channel, queue""";
        Connection db = connections.current();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, workspaceId);
            query.setDate(2, Date.valueOf(from.atDay(1)));
            query.setDate(3, Date.valueOf(to.atDay(1)));
            List<Volume> volumes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    volumes.add(new Volume(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                            rows.getLong(5)));
                }
            }
            return volumes;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read contact volumes", e);
        }
    }

    @Override
    public Map<Long, Long> offered(Collection<Long> workspaceIds, YearMonth from, YearMonth to) {
        String sql = """
                select workspace_id, sum(offered) from dashboard_volumes
                where workspace_id = any (?) and period between ? and ? group by workspace_id""";
        Connection db = connections.current();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            Array ids = db.createArrayOf("bigint", workspaceIds.toArray());
            query.setArray(1, ids);
            query.setDate(2, Date.valueOf(from.atDay(1)));
            query.setDate(3, Date.valueOf(to.atDay(1)));
            Map<Long, Long> offered = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    offered.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return offered;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read contact volumes", e);
        }
    }
}

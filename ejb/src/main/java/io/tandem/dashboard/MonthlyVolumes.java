package io.tandem.dashboard;

import io.tandem.tenancy.TransactionConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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
    public long offered(long workspaceId, YearMonth from, YearMonth to) {
        String sql = "select coalesce(sum(offered), 0) from dashboard_volumes where workspace_id = ? and period between ? and ?";
        try (PreparedStatement query = connections.current().prepareStatement(sql)) {
            query.setLong(1, workspaceId);
            query.setDate(2, Date.valueOf(from.atDay(1)));
            query.setDate(3, Date.valueOf(to.atDay(1)));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read contact volumes", e);
        }
    }
}

package io.tandem.dashboard;

import io.tandem.interaction.InteractionsChanged;
import io.tandem.tenancy.Tenancy;
import io.tandem.tenancy.TransactionConnection;
import io.tandem.tenancy.WorkspaceAccess;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * Keeps {@code dashboard_volumes} in step with the interaction records: when an import adds or
 * removes records of some months, those months of that workspace are counted again from the
 * records (each month one partition's index range), in the import's transaction, so the figures
 * and the records commit or roll back together.
 */
@Stateless
@Tenancy
public class VolumeAggregates {

    @Inject
    WorkspaceAccess access;

    @Inject
    TransactionConnection connections;

    public void recount(@Observes InteractionsChanged change) {
        access.require(change.workspaceId());
        Connection db = connections.current();
        try (PreparedStatement delete = db.prepareStatement(
                     "delete from dashboard_volumes where workspace_id = ? and period = ?");
             PreparedStatement insert = db.prepareStatement("""
                     insert into dashboard_volumes (workspace_id, period, channel, queue, offered, answered, abandoned)
                     select workspace_id, ?, channel, queue, count(*), count(answered_at), count(*) filter (where abandoned)
                     from interactions where workspace_id = ? and offered_at >= ? and offered_at < ?
                     group by workspace_id, channel, queue""")) {
            for (YearMonth month : change.months()) {
                Date first = Date.valueOf(month.atDay(1));
                delete.setLong(1, change.workspaceId());
                delete.setDate(2, first);
                delete.executeUpdate();
                insert.setDate(1, first);
                insert.setLong(2, change.workspaceId());
                insert.setObject(3, month.atDay(1).atStartOfDay());
                insert.setObject(4, month.plusMonths(1).atDay(1).atStartOfDay());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count contact volumes", e);
        }
    }
}

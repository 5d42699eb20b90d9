package io.tandem.workspace;

import io.tandem.platform.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Statements run as the schema owner, as an attacker with database access would: for tamper tests. */
@Stateless
public class OwnerSql {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource owner;

    public int execute(String sql, Object... values) {
        try (Connection db = owner.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row a query returns, as text. */
    public List<String> strings(String sql) {
        try (Connection db = owner.getConnection(); PreparedStatement statement = db.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

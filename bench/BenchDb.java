import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The baselines of bench/interactions.sh, straight over JDBC against the server Tandem runs on
 * (no application in between). Runs without a build, with the PostgreSQL driver on the class path:
 *
 * <pre>
 * java -cp postgresql.jar bench/BenchDb.java copy JDBC_URL FILE
 * java -cp postgresql.jar bench/BenchDb.java kpi JDBC_URL WORKSPACE_ID yyyy-MM
 * </pre>
 *
 * {@code copy}: plain COPY of an interaction CSV file (header line, empty field = NULL) into two
 * scratch tables, timed each, then dropped: one of the same shape as {@code interactions}
 * (columns, types, checks, indexes, partitioned by month), the workspace and import columns
 * taking constants; and one bare (the same columns and types, no checks, no indexes, not
 * partitioned), the fastest the server can take the file at all. Prints
 * {@code copy_shaped_ms=...} and {@code copy_bare_ms=...}.
 *
 * <p>{@code kpi}: each computable metric for one workspace-month as one hand-written query over
 * {@code interactions}, with the definitions of the README's "Computed KPIs" and the parameters the
 * benchmark gives its levels (service level: answered within 20 s, abandons within 20 s ignored,
 * short abandons under 5 s left out; abandonment rate without short abandons; first-contact
 * resolution: no contact by the same customer within 7 days after). Prints each metric's numerator,
 * denominator and time, then {@code kpi_sql_ms=...} for them all.
 */
public final class BenchDb {

    private static final String COLUMNS = "record_id, channel, queue, offered_at, answered_at, ended_at, abandoned, "
            + "wait_seconds, handle_seconds, agent_ref, customer_ref, resolved, csat, nps";

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("copy")) {
            copy(args[1], Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("kpi")) {
            kpi(args[1], Long.parseLong(args[2]), YearMonth.parse(args[3]));
        } else {
            System.err.println("usage: BenchDb copy JDBC_URL FILE | BenchDb kpi JDBC_URL WORKSPACE_ID yyyy-MM");
            System.exit(2);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    static void copy(String url, Path file) throws Exception {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_copy_shaped, bench_copy_bare");
            // the partitioned parent's columns, checks and indexes; every partition gets the indexes
            statement.execute("create table bench_copy_shaped (like interactions including defaults including "
                    + "constraints including indexes) partition by range (offered_at)");
            statement.execute("alter table bench_copy_shaped alter workspace_id set default 1, "
                    + "alter import_id set default 1");
            statement.execute("create table bench_copy_shaped_rest partition of bench_copy_shaped default");
            statement.execute("create table bench_copy_bare as select " + COLUMNS + " from interactions with no data");
            try {
                System.out.println("copy_shaped_ms=" + copyInto(connection, "bench_copy_shaped", file));
                System.out.println("copy_bare_ms=" + copyInto(connection, "bench_copy_bare", file));
            } finally {
                statement.execute("drop table bench_copy_shaped, bench_copy_bare");
            }
        }
    }

    private static long copyInto(Connection connection, String table, Path file) throws Exception {
        long start = System.nanoTime();
        long rows;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy " + table + " (" + COLUMNS + ") from stdin (format csv, header true)", in);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("COPY %,d rows into %s: %,d ms%n", rows, table, millis);
        return millis;
    }

    /** Each metric: numerator and denominator over the workspace-month ({@code ?} = workspace, from, to). */
    private static final Map<String, String> KPIS = new LinkedHashMap<>();

    static {
        String month = " from interactions where workspace_id = ? and offered_at >= ? and offered_at < ?";
        KPIS.put("service level (20 s)", "select count(*) filter (where answered_at is not null and wait_seconds <= 20),"
                + " count(*) filter (where not (abandoned and wait_seconds < 5) and not (abandoned and wait_seconds <= 20))"
                + month);
        KPIS.put("average speed of answer", "select coalesce(sum(wait_seconds) filter (where answered_at is not null), 0),"
                + " count(*) filter (where answered_at is not null)" + month);
        KPIS.put("abandonment rate", "select count(*) filter (where abandoned and wait_seconds >= 5),"
                + " count(*) filter (where not (abandoned and wait_seconds < 5))" + month);
        KPIS.put("average handle time", "select coalesce(sum(handle_seconds) filter (where not abandoned), 0),"
                + " count(handle_seconds) filter (where not abandoned)" + month);
        // the next contact of the same customer, also in the 7 days after the month
        KPIS.put("first-contact resolution (7 days)", """
                select count(*) filter (where answered_at is not null and offered_at < ?
                                          and (next_at is null or next_at > offered_at + interval '7 days')),
                       count(*) filter (where answered_at is not null and offered_at < ?)
                from (select offered_at, answered_at,
                             lead(offered_at) over (partition by customer_ref order by offered_at) as next_at
                      from interactions
                      where workspace_id = ? and customer_ref is not null
                        and offered_at >= ? and offered_at < ? + interval '7 days') contacts
                """);
        KPIS.put("CSAT top two boxes", "select count(*) filter (where csat >= 4), count(csat)" + month);
        KPIS.put("NPS", "select count(*) filter (where nps >= 9) - count(*) filter (where nps <= 6), count(nps)" + month);
    }

    static void kpi(String url, long workspaceId, YearMonth month) throws SQLException {
        Timestamp from = Timestamp.valueOf(month.atDay(1).atStartOfDay());
        Timestamp to = Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay());
        long total = 0;
        try (Connection connection = connect(url)) {
            for (Map.Entry<String, String> kpi : KPIS.entrySet()) {
                long start = System.nanoTime();
                try (PreparedStatement query = connection.prepareStatement(kpi.getValue())) {
                    if (kpi.getKey().startsWith("first-contact")) {
                        query.setTimestamp(1, to);
                        query.setTimestamp(2, to);
                        query.setLong(3, workspaceId);
                        query.setTimestamp(4, from);
                        query.setTimestamp(5, to);
                    } else {
                        query.setLong(1, workspaceId);
                        query.setTimestamp(2, from);
                        query.setTimestamp(3, to);
                    }
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        total += millis;
                        double numerator = row.getDouble(1);
                        double denominator = row.getDouble(2);
                        System.err.printf("%-36s %12.0f / %10.0f = %10.4f   %,6d ms%n", kpi.getKey(), numerator,
                                denominator, denominator == 0 ? Double.NaN : numerator / denominator, millis);
                    }
                }
            }
        }
        System.out.println("kpi_sql_ms=" + total);
    }
}

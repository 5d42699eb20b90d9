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
import java.util.List;
import org.postgresql.PGConnection;

/**
 * The baselines of bench/interactions.sh, straight over JDBC against the server Tandem runs on
 * (no application in between). Runs without a build, with the PostgreSQL driver on the class path:
 *
 * <pre>
 * java -cp postgresql.jar bench/BenchDb.java copy JDBC_URL FILE
 * java -cp postgresql.jar bench/BenchDb.java kpi JDBC_URL WORKSPACE_ID yyyy-MM SERVICE_LEVEL:20 CSAT ...
 * java -cp postgresql.jar bench/BenchDb.java checkpoint JDBC_URL
 * </pre>
 *
 * {@code copy}: plain COPY of an interaction CSV file (header line, empty field = NULL) into two
 * scratch tables, timed each, then dropped: one of the same shape as {@code interactions}
 * (columns, types, checks, indexes, partitioned by month), the workspace and import columns
 * taking constants; and one bare (the same columns and types, no checks, no indexes, not
 * partitioned), the fastest the server can take the file at all. Prints
 * {@code copy_shaped_ms=...} and {@code copy_bare_ms=...}.
 *
 * <p>{@code kpi}: each level's metric for one workspace-month as one hand-written query over
 * {@code interactions}, with the definitions of the README's "Computed KPIs" and the conventions
 * the benchmark gives the levels it computes (service level: answered within T, abandons within T
 * ignored, short abandons under 5 s left out; abandonment rate without short abandons;
 * first-contact resolution: no contact by the same customer within N days after). Prints
 * {@code sql METRIC numerator denominator ms} per level, then {@code kpi_sql_ms=...} for them all.
 *
 * <p>{@code checkpoint}: CHECKPOINT, run before each timing.
 */
public final class BenchDb {

    private static final String COLUMNS = "record_id, channel, queue, offered_at, answered_at, ended_at, abandoned, "
            + "wait_seconds, handle_seconds, agent_ref, customer_ref, resolved, csat, nps";

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("copy")) {
            copy(args[1], Path.of(args[2]));
        } else if (args.length >= 5 && args[0].equals("kpi")) {
            kpi(args[1], Long.parseLong(args[2]), YearMonth.parse(args[3]), List.of(args).subList(4, args.length));
        } else if (args.length == 2 && args[0].equals("checkpoint")) {
            checkpoint(args[1]);
        } else {
            System.err.println("usage: BenchDb copy JDBC_URL FILE | kpi JDBC_URL WORKSPACE_ID yyyy-MM METRIC[:T|N]..."
                    + " | checkpoint JDBC_URL");
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
        try (Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
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

    /**
     * A metric's numerator and denominator over the workspace-month as one hand-written query; its
     * parameters: workspace, from, to, except where the text says otherwise. {@code %d} is the
     * level's T (seconds) or N (days).
     */
    private static String kpiQuery(String metric) {
        String month = " from interactions where workspace_id = ? and offered_at >= ? and offered_at < ?";
        return switch (metric) {
            // abandons within T ignored, short abandons (under 5 s) left out
            case "SERVICE_LEVEL" -> "select count(*) filter (where answered_at is not null and wait_seconds <= %1$d),"
                    + " count(*) filter (where not (abandoned and wait_seconds < 5) and not (abandoned and wait_seconds <= %1$d))"
                    + month;
            case "AVERAGE_SPEED_OF_ANSWER" -> "select coalesce(sum(wait_seconds) filter (where answered_at is not null), 0),"
                    + " count(*) filter (where answered_at is not null)" + month;
            // short abandons left out of both
            case "ABANDONMENT_RATE" -> "select count(*) filter (where abandoned and wait_seconds >= 5),"
                    + " count(*) filter (where not (abandoned and wait_seconds < 5))" + month;
            case "AVERAGE_HANDLE_TIME" -> "select coalesce(sum(handle_seconds) filter (where not abandoned), 0),"
                    + " count(handle_seconds) filter (where not abandoned)" + month;
            // each answered contact's next contact by the same customer, looked for also in the N days after the month
            case "FIRST_CONTACT_RESOLUTION" -> """
                    select count(*) filter (where answered_at is not null and offered_at >= ?
                                              and (next_at is null or next_at > offered_at + interval '%1$d days')),
                           count(*) filter (where answered_at is not null and offered_at >= ?)
                    from (select offered_at, answered_at,
                                 lead(offered_at) over (partition by customer_ref order by offered_at) as next_at
                          from interactions
                          where workspace_id = ? and customer_ref is not null
                            and offered_at >= ? and offered_at < cast(? as timestamp) + interval '%1$d days') contacts
                    where offered_at < ?
                    """;
            case "CSAT" -> "select count(*) filter (where csat >= 4), count(csat)" + month;
            case "NPS" -> "select count(*) filter (where nps >= 9) - count(*) filter (where nps <= 6), count(nps)" + month;
            default -> throw new IllegalArgumentException("no hand-written query for " + metric);
        };
    }

    /** Each level given as METRIC or METRIC:parameter (T seconds, N days). */
    static void kpi(String url, long workspaceId, YearMonth month, List<String> levels) throws SQLException {
        Timestamp from = Timestamp.valueOf(month.atDay(1).atStartOfDay());
        Timestamp to = Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay());
        long total = 0;
        try (Connection connection = connect(url)) {
            for (String level : levels) {
                String[] parts = level.split(":");
                String metric = parts[0];
                int parameter = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
                long start = System.nanoTime();
                try (PreparedStatement query = connection.prepareStatement(String.format(kpiQuery(metric), parameter))) {
                    if (metric.equals("FIRST_CONTACT_RESOLUTION")) {
                        query.setTimestamp(1, from);
                        query.setTimestamp(2, from);
                        query.setLong(3, workspaceId);
                        query.setTimestamp(4, from);
                        query.setTimestamp(5, to);
                        query.setTimestamp(6, to);
                    } else {
                        query.setLong(1, workspaceId);
                        query.setTimestamp(2, from);
                        query.setTimestamp(3, to);
                    }
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        total += millis;
                        System.out.printf("sql %s %d %d %d%n", level, row.getLong(1), row.getLong(2), millis);
                    }
                }
            }
        }
        System.out.println("kpi_sql_ms=" + total);
    }

    /** Writes out what earlier steps left dirty, so that the next timing does not pay for it. */
    static void checkpoint(String url) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
    }
}

package io.tandem.interaction;

import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The import's work in the database, on the transaction's own connection: a file is copied into a
 * temporary staging table as text, checked there in one query, and stored with one insert. The
 * staging table lives until the transaction ends, whichever way it ends.
 */
final class InteractionStaging {

    /** Bytes gathered before they go to the server: large enough that COPY is not slowed by round trips. */
    private static final int COPY_CHUNK = 256 * 1024;

    /** Each staged line with its fields read as their types: null where a field is empty or unreadable. */
    private static final String PARSED = """
            parsed as (
                select s.line, s.record_id, s.channel, upper(s.channel) as channel_value, s.queue,
                       s.offered_at, tandem_csv_time(s.offered_at) as offered,
                       s.answered_at, tandem_csv_time(s.answered_at) as answered,
                       s.ended_at, tandem_csv_time(s.ended_at) as ended,
                       s.abandoned, tandem_csv_boolean(s.abandoned) as abandoned_value,
                       s.wait_seconds, tandem_csv_integer(s.wait_seconds) as wait,
                       s.handle_seconds, tandem_csv_integer(s.handle_seconds) as handle,
                       s.agent_ref, s.customer_ref,
                       s.resolved, tandem_csv_boolean(s.resolved) as resolved_value,
                       s.csat, tandem_csv_integer(s.csat) as csat_value,
                       s.nps, tandem_csv_integer(s.nps) as nps_value
                from interaction_staging s)
            """;

    /**
     * Every check a line must pass, in the order a reader fixes them; a bad line is reported
     * with the first it fails. A record id already stored is fine with the same values (it is
     * skipped) and an error with others, naming the import that stored it.
     */
    private static final String ERRORS = "with " + PARSED + """
            , numbered as (select p.*, min(p.line) over (partition by p.record_id) as first_line from parsed p)
            , checked as (
                select p.line, c.rank, c.message_key, c.first_argument, c.second_argument
                from numbered p
                left join lateral (select i.import_id, m.file_name,
                                          (i.channel, i.queue, i.offered_at, i.answered_at, i.ended_at, i.abandoned,
                                           i.wait_seconds, i.handle_seconds, i.agent_ref, i.customer_ref, i.resolved,
                                           i.csat, i.nps)
                                          is distinct from
                                          (p.channel_value, p.queue, p.offered, p.answered, p.ended, p.abandoned_value,
                                           p.wait, p.handle, p.agent_ref, p.customer_ref, p.resolved_value,
                                           p.csat_value, p.nps_value) as differs
                                   from interactions i join interaction_imports m on m.id = i.import_id
                                   where i.workspace_id = ? and i.record_id = p.record_id) stored on true
                cross join lateral (values
                    (1, p.record_id is null, 'interaction.import.missing', 'record_id', null),
                    (2, length(p.record_id) > 100, 'interaction.import.tooLong', 'record_id', '100'),
                    (3, p.channel is null, 'interaction.import.missing', 'channel', null),
                    (4, p.channel_value not in ('VOICE', 'CHAT', 'EMAIL', 'MESSAGING', 'SOCIAL', 'VIDEO',
                                                'BACK_OFFICE', 'OTHER'), 'interaction.import.channel', null, null),
                    (5, p.queue is null, 'interaction.import.missing', 'queue', null),
                    (6, length(p.queue) > 100, 'interaction.import.tooLong', 'queue', '100'),
                    (7, p.offered_at is null, 'interaction.import.missing', 'offered_at', null),
                    (8, p.offered_at is not null and p.offered is null, 'interaction.import.time', 'offered_at', null),
                    (9, p.offered < timestamp '2000-01-01' or p.offered >= timestamp '2101-01-01',
                        'interaction.import.offeredRange', null, null),
                    (10, p.answered_at is not null and p.answered is null, 'interaction.import.time', 'answered_at', null),
                    (11, p.ended_at is not null and p.ended is null, 'interaction.import.time', 'ended_at', null),
                    (12, p.answered < p.offered, 'interaction.import.answeredBeforeOffered', null, null),
                    (13, p.ended < p.offered, 'interaction.import.endedBeforeOffered', null, null),
                    (14, p.abandoned is null, 'interaction.import.missing', 'abandoned', null),
                    (15, p.abandoned is not null and p.abandoned_value is null, 'interaction.import.boolean', 'abandoned', null),
                    (16, p.abandoned_value and p.answered_at is not null, 'interaction.import.abandonedAnswered', null, null),
                    (17, p.wait_seconds is null, 'interaction.import.missing', 'wait_seconds', null),
                    (18, p.wait_seconds is not null and p.wait is null, 'interaction.import.whole', 'wait_seconds', null),
                    (19, p.wait < 0, 'interaction.import.negative', 'wait_seconds', null),
                    (20, p.handle_seconds is not null and p.handle is null, 'interaction.import.whole', 'handle_seconds', null),
                    (21, p.handle < 0, 'interaction.import.negative', 'handle_seconds', null),
                    (22, length(p.agent_ref) > 100, 'interaction.import.tooLong', 'agent_ref', '100'),
                    (23, length(p.customer_ref) > 100, 'interaction.import.tooLong', 'customer_ref', '100'),
                    (24, p.resolved is not null and p.resolved_value is null, 'interaction.import.boolean', 'resolved', null),
                    (25, p.csat is not null and (p.csat_value is null or p.csat_value not between 1 and 5),
                         'interaction.import.range', 'csat', '1–5'),
                    (26, p.nps is not null and (p.nps_value is null or p.nps_value not between 0 and 10),
                         'interaction.import.range', 'nps', '0–10'),
                    (27, p.first_line < p.line, 'interaction.import.duplicate', p.first_line::text, null),
                    (28, stored.differs, 'interaction.import.storedDifferently', stored.import_id::text, stored.file_name)
                ) c(rank, bad, message_key, first_argument, second_argument)
                where c.bad)
            select line, message_key, first_argument, second_argument, count(*) over () as total
            from (select distinct on (line) * from checked order by line, rank) first_per_line
            order by line
            limit ?
            """;

    /** The months the new rows fall in, with the first and last offered time among them. */
    private static final String MONTHS = "with " + PARSED + """
            select date_trunc('month', p.offered)::date, min(p.offered), max(p.offered)
            from parsed p
            where not exists (select 1 from interactions i where i.workspace_id = ? and i.record_id = p.record_id)
            group by 1 order by 1
            """;

    private static final String INSERT = "with " + PARSED + """
            insert into interactions (workspace_id, record_id, import_id, channel, queue, offered_at, answered_at,
                                      ended_at, abandoned, wait_seconds, handle_seconds, agent_ref, customer_ref,
                                      resolved, csat, nps)
            select ?, p.record_id, ?, p.channel_value, p.queue, p.offered, p.answered, p.ended, p.abandoned_value,
                   p.wait, p.handle, p.agent_ref, p.customer_ref, p.resolved_value, p.csat_value, p.nps_value
            from parsed p
            where not exists (select 1 from interactions i where i.workspace_id = ? and i.record_id = p.record_id)
            """;

    /** What one file's rows add to the table: the months they fall in and their first and last offered time. */
    record Span(Set<YearMonth> months, LocalDateTime first, LocalDateTime last) {
    }

    /** The first bad lines and how many there are in all. */
    record Errors(List<LineError> first, long count) {
    }

    private final Connection connection;

    InteractionStaging(Connection connection) {
        this.connection = connection;
    }

    /**
     * Makes two imports of one workspace wait for each other, until the first one's transaction
     * ends: a record id is unique per workspace only because no two imports check it at once.
     */
    void lockWorkspace(long workspaceId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, 0x7a11);
            lock.setInt(2, (int) workspaceId);
            lock.execute();
        }
    }

    /** The file, as read by {@link InteractionFile}, copied into the staging table. */
    InteractionFile.Shape stage(InputStream body) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table interaction_staging (line bigint not null, "
                    + String.join(" text, ", InteractionFile.COLUMNS) + " text) on commit drop");
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy interaction_staging (line, " + String.join(", ", InteractionFile.COLUMNS) + ") from stdin");
        ChunkedSink sink = new ChunkedSink(copy);
        InteractionFile.Shape shape;
        try {
            shape = InteractionFile.copy(body, sink);
            sink.flush();
            copy.endCopy();
        } catch (RejectedLinesException refused) {
            // Only whole lines were sent: the copy ends cleanly, so that the refusal can be recorded.
            sink.flush();
            copy.endCopy();
            throw refused;
        } catch (IOException | SQLException | RuntimeException broken) {
            // The file did not arrive whole: the copy is abandoned and the transaction rolled back.
            try {
                copy.cancelCopy();
            } catch (SQLException alsoBroken) {
                broken.addSuppressed(alsoBroken);
            }
            throw broken;
        }
        try (Statement statement = connection.createStatement()) {
            // Temporary tables are never analysed on their own; the checks join and group on it.
            statement.execute("analyze interaction_staging");
        }
        return shape;
    }

    Errors errors(long workspaceId, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ERRORS)) {
            query.setLong(1, workspaceId);
            query.setInt(2, limit);
            List<LineError> errors = new ArrayList<>();
            long total = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<Object> arguments = new ArrayList<>();
                    for (int column = 3; column <= 4; column++) {
                        if (rows.getString(column) != null) {
                            arguments.add(rows.getString(column));
                        }
                    }
                    errors.add(LineError.at(rows.getLong(1), rows.getString(2), arguments.toArray()));
                    total = rows.getLong(5);
                }
            }
            return new Errors(errors, total);
        }
    }

    /** The months the new rows fall in; each gets its partition if it has none yet. */
    Span prepareMonths(long workspaceId) throws SQLException {
        Set<YearMonth> months = new TreeSet<>();
        LocalDateTime first = null;
        LocalDateTime last = null;
        try (PreparedStatement query = connection.prepareStatement(MONTHS);
             PreparedStatement partition = connection.prepareStatement("select tandem_interaction_partition(?)")) {
            query.setLong(1, workspaceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    java.sql.Date month = rows.getDate(1);
                    months.add(YearMonth.from(month.toLocalDate()));
                    partition.setDate(1, month);
                    partition.execute();
                    LocalDateTime from = rows.getTimestamp(2).toLocalDateTime();
                    LocalDateTime to = rows.getTimestamp(3).toLocalDateTime();
                    first = first == null || from.isBefore(first) ? from : first;
                    last = last == null || to.isAfter(last) ? to : last;
                }
            }
        }
        return new Span(months, first, last);
    }

    /** Stores the staged rows not stored before; returns how many were new. */
    long insert(long workspaceId, long importId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, workspaceId);
            insert.setLong(2, importId);
            insert.setLong(3, workspaceId);
            return insert.executeLargeUpdate();
        }
    }

    /** The months an import's rows fall in. */
    Set<YearMonth> monthsOf(long workspaceId, long importId) throws SQLException {
        Set<YearMonth> months = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select distinct date_trunc('month', offered_at)::date from interactions
                where workspace_id = ? and import_id = ?""")) {
            query.setLong(1, workspaceId);
            query.setLong(2, importId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    months.add(YearMonth.from(rows.getDate(1).toLocalDate()));
                }
            }
        }
        return months;
    }

    long delete(long workspaceId, long importId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from interactions where workspace_id = ? and import_id = ?")) {
            delete.setLong(1, workspaceId);
            delete.setLong(2, importId);
            return delete.executeLargeUpdate();
        }
    }

    /** Gathers COPY text into chunks of {@link #COPY_CHUNK} bytes. */
    private static final class ChunkedSink implements InteractionFile.Sink {

        private final CopyIn copy;
        private final StringBuilder pending = new StringBuilder(COPY_CHUNK + 1024);

        ChunkedSink(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(CharSequence text) throws IOException {
            pending.append(text);
            if (pending.length() >= COPY_CHUNK) {
                flush();
            }
        }

        void flush() throws IOException {
            if (pending.length() == 0) {
                return;
            }
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            pending.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException("COPY into the staging table failed", e);
            }
        }
    }
}

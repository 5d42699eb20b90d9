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
 * The import's work in the database, on the transaction's own connection: a file, read and checked
 * line by line as it arrives ({@link InteractionLine}), is copied into a temporary staging table as
 * its types, checked there for what needs the whole file or the stored records in one query, and
 * stored with one insert. The staging table lives until the transaction ends, whichever way it ends.
 */
final class InteractionStaging {

    /** Bytes gathered before they go to the server: large enough that COPY is not slowed by round trips. */
    private static final int COPY_CHUNK = 256 * 1024;

    /** Every line of the file with a record id, as its types; a bad line only with its record id. */
    private static final String STAGING = """
            create temporary table interaction_rows (
                line bigint not null, bad boolean not null, record_id text, channel text, queue text,
                offered_at timestamp, answered_at timestamp, ended_at timestamp, abandoned boolean,
                wait_seconds integer, handle_seconds integer, agent_ref text, customer_ref text, resolved boolean,
                csat smallint, nps smallint) on commit drop""";

    /**
     * The checks that need more than the line, for the lines that passed their own: a record id
     * repeated in the file (named with the line it first appears on, even a bad one), and one
     * already stored, which is fine with the same values (it is skipped) and an error with others,
     * naming the import that stored it. Key and arguments come in that order in one array. A last
     * row without a line counts the records stored already: when none is, the months and the insert
     * need not look each record up again.
     */
    private static final String ERRORS = """
            with repeated as (
                select record_id, min(line) as first_line from interaction_rows
                group by record_id having count(*) > 1)
            , checked as (
                select p.line, case
                    when r.first_line < p.line then array['interaction.import.duplicate', r.first_line::text]
                    when stored.record_id is not null
                         and (stored.channel, stored.queue, stored.offered_at, stored.answered_at, stored.ended_at,
                              stored.abandoned, stored.wait_seconds, stored.handle_seconds, stored.agent_ref,
                              stored.customer_ref, stored.resolved, stored.csat, stored.nps)
                             is distinct from
                             (p.channel, p.queue, p.offered_at, p.answered_at, p.ended_at, p.abandoned,
                              p.wait_seconds, p.handle_seconds, p.agent_ref, p.customer_ref, p.resolved, p.csat, p.nps)
                        then array['interaction.import.storedDifferently', stored.import_id::text]
                    end as error, stored.record_id is not null as stored
                from interaction_rows p
                left join repeated r on r.record_id = p.record_id
                left join interactions stored on stored.workspace_id = ? and stored.record_id = p.record_id
                where not p.bad)
            , first_errors as (
                select line, error, count(*) over () as total from checked where error is not null order by line limit ?)
            -- the file that stored a record differently, named only for the lines reported
            select f.line, f.error[1], f.error[2], coalesce(f.error[3], m.file_name), f.total
            from first_errors f
            left join interaction_imports m
                on m.id = case when f.error[1] = 'interaction.import.storedDifferently' then f.error[2]::bigint end
            -- and, last, how many records are stored already (with these values or others)
            union all
            select null, null, null, null, count(*) from checked where stored
            order by 1
            """;

    /**
     * Whether the checks above can find anything: how many record ids the file repeats (bad lines
     * included), and how many of its good records are stored already. Almost every file answers
     * none and none, and this costs a third of the checks themselves (their joins carry every
     * column of every record): then they are not run.
     */
    private static final String ANY_TO_CHECK = """
            select (select count(*) from (select 1 from interaction_rows group by record_id having count(*) > 1) r),
                   (select count(*) from interaction_rows p
                    join interactions stored on stored.workspace_id = ? and stored.record_id = p.record_id
                    where not p.bad)""";

    /** Leaves out the staged records stored before (the workspace is its parameter). */
    private static final String NOT_STORED =
            " where not exists (select 1 from interactions i where i.workspace_id = ? and i.record_id = p.record_id)";

    /** The months the rows not stored before fall in, with the first and last offered time among them. */
    private static final String MONTHS = """
            select date_trunc('month', p.offered_at)::date, min(p.offered_at), max(p.offered_at)
            from interaction_rows p""";

    private static final String INSERT = """
            insert into interactions (workspace_id, record_id, import_id, channel, queue, offered_at, answered_at,
                                      ended_at, abandoned, wait_seconds, handle_seconds, agent_ref, customer_ref,
                                      resolved, csat, nps)
            select ?, p.record_id, ?, p.channel, p.queue, p.offered_at, p.answered_at, p.ended_at, p.abandoned,
                   p.wait_seconds, p.handle_seconds, p.agent_ref, p.customer_ref, p.resolved, p.csat, p.nps
            from interaction_rows p""";

    /** What one file's rows add to the table: the months they fall in and their first and last offered time. */
    record Span(Set<YearMonth> months, LocalDateTime first, LocalDateTime last) {
    }

    /** The first bad lines and how many there are in all; and how many records are stored already. */
    record Errors(List<LineError> first, long count, long alreadyStored) {
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
            statement.execute(STAGING);
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy interaction_rows (line, bad, " + String.join(", ", InteractionFile.COLUMNS) + ") from stdin");
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
            statement.execute("analyze interaction_rows");
        }
        return shape;
    }

    Errors errors(long workspaceId, int limit) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement(ANY_TO_CHECK)) {
            any.setLong(1, workspaceId);
            try (ResultSet counts = any.executeQuery()) {
                counts.next();
                if (counts.getLong(1) == 0 && counts.getLong(2) == 0) {
                    return new Errors(List.of(), 0, 0);
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(ERRORS)) {
            query.setLong(1, workspaceId);
            query.setInt(2, limit);
            List<LineError> errors = new ArrayList<>();
            long total = 0;
            long alreadyStored = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getObject(1) == null) {
                        alreadyStored = rows.getLong(5);
                        continue;
                    }
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
            return new Errors(errors, total, alreadyStored);
        }
    }

    /**
     * The months the new rows fall in; each gets its partition if it has none yet. When no record
     * of the file is stored yet ({@code anyStored} false) they are the file's own, as read
     * ({@code ofFile}); otherwise the records stored before are left out in SQL.
     */
    Span prepareMonths(long workspaceId, Span ofFile, boolean anyStored) throws SQLException {
        Span span = anyStored ? notStored(workspaceId) : ofFile;
        try (PreparedStatement partition = connection.prepareStatement("select tandem_interaction_partition(?)")) {
            for (YearMonth month : span.months()) {
                partition.setDate(1, java.sql.Date.valueOf(month.atDay(1)));
                partition.execute();
            }
        }
        return span;
    }

    private Span notStored(long workspaceId) throws SQLException {
        Set<YearMonth> months = new TreeSet<>();
        LocalDateTime first = null;
        LocalDateTime last = null;
        try (PreparedStatement query = connection.prepareStatement(MONTHS + NOT_STORED + " group by 1 order by 1")) {
            query.setLong(1, workspaceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    months.add(YearMonth.from(rows.getDate(1).toLocalDate()));
                    LocalDateTime from = rows.getTimestamp(2).toLocalDateTime();
                    LocalDateTime to = rows.getTimestamp(3).toLocalDateTime();
                    first = first == null || from.isBefore(first) ? from : first;
                    last = last == null || to.isAfter(last) ? to : last;
                }
            }
        }
        return new Span(months, first, last);
    }

    /** Stores the staged rows not stored before (looked up only if {@code anyStored}); returns how many were new. */
    long insert(long workspaceId, long importId, boolean anyStored) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT + (anyStored ? NOT_STORED : ""))) {
            insert.setLong(1, workspaceId);
            insert.setLong(2, importId);
            if (anyStored) {
                insert.setLong(3, workspaceId);
            }
            return insert.executeLargeUpdate();
        }
    }

    /**
     * Brings the planner's statistics of the changed months up to date, so that what reads them
     * next in this transaction (the KPI recomputation) is planned for the rows they now hold.
     */
    void analyze(Set<YearMonth> months) throws SQLException {
        try (PreparedStatement analyze = connection.prepareStatement("select tandem_analyze_interactions(?)")) {
            for (YearMonth month : months) {
                analyze.setDate(1, java.sql.Date.valueOf(month.atDay(1)));
                analyze.execute();
            }
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

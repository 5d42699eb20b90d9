package io.tandem.dashboard;

import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.Scorecard;
import io.tandem.servicelevel.ServiceLevelGlance;
import io.tandem.tenancy.Party;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The figures a dashboard last computed for a workspace and a range of months, with the head of the
 * workspace's audit chain at the time. Every change to what the figures come from (measurements,
 * their review, relief, service levels and targets, contracts and their regime) appends to that
 * chain in its own transaction, so a snapshot whose head is still the chain's head is still right,
 * and a dashboard reads it instead of every month of every level again. Entries are kept per side
 * (each sees its own events of the chain) and per right to read credits; the least recently used go
 * first past {@link #CAPACITY}. Each server keeps its own: a cluster computes once per server.
 *
 * <p>A snapshot missing at a given head is computed once: requests that want it while another
 * computes it wait for that one. Twenty clients opening the portfolio of a server just started
 * otherwise each computed all fifty workspaces, twenty times the work, holding twenty sets of
 * records at once.
 *
 * <p>Projected breaches are kept the same way, per workspace, side and day: they come from the
 * month's interaction records, whose every import and deletion also appends to the chain. So are
 * the home page's glances (the latest month's results and the credits so far), per workspace, side,
 * right to read credits and month: a client with fifty workspaces otherwise read every measurement
 * of all fifty to open the home page.
 */
@ApplicationScoped
public class DashboardSnapshots {

    static final int CAPACITY = 2_000;

    /** What a snapshot was computed for. */
    record Key(long workspaceId, Party party, boolean credits, YearMonth from, YearMonth to) {
    }

    /**
     * The months' attainment, each level's trend, the credit totals (null for a caller who may not
     * read credits) and the contacts offered, as of the audit chain's head {@code stamp}. Kept as the
     * dashboards show them: summing 50 workspaces' scorecards again on every portfolio request was a
     * tenth of its cost, and summing their volumes (an import appends to the chain too) 4 ms of the
     * database's.
     */
    record Snapshot(long stamp, Attainment attainment, List<LevelTrend> trends, List<CreditTotals> creditTotals,
                    long offered) {

        static Snapshot of(long stamp, Scorecard scorecard, List<CreditReport> credits, YearMonth from, YearMonth to,
                           long offered) {
            return new Snapshot(stamp, Attainment.of(scorecard.rows()),
                    scorecard.rows().stream().map(LevelTrend::of).toList(),
                    credits == null ? null : CreditTotals.of(credits, from, to), offered);
        }
    }

    /** What projected breaches were computed for: the early warning looks at one day's month. */
    record ProjectionKey(long workspaceId, Party party, LocalDate day) {
    }

    /** What a home-page glance was computed for: it looks at the latest month reported by {@code thisMonth}. */
    record GlanceKey(long workspaceId, Party party, boolean credits, YearMonth thisMonth) {
    }

    /** A value kept with the head of the audit chain it was computed at. */
    private record Kept<V>(long stamp, V value) {
    }

    /** A snapshot being computed: its key and the head it is computed at. */
    private record Computing(Key key, long stamp) {
    }

    private final Map<Key, Snapshot> snapshots = leastRecentlyUsed();

    private final Map<ProjectionKey, Kept<List<ProjectedBreach>>> projections = leastRecentlyUsed();

    private final Map<GlanceKey, Kept<ServiceLevelGlance>> glances = leastRecentlyUsed();

    private final Map<Computing, CompletableFuture<Snapshot>> computing = new HashMap<>();

    private static <K, V> Map<K, V> leastRecentlyUsed() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    /**
     * The snapshot of {@code key} at the head {@code stamp}: kept, being computed by another request
     * (waited for), or computed by {@code compute} now and kept. A request computes at most one
     * snapshot at a time and waits for none while it does, so no two wait on each other.
     */
    Snapshot current(Key key, long stamp, Supplier<Snapshot> compute) {
        Computing claim = new Computing(key, stamp);
        CompletableFuture<Snapshot> mine = new CompletableFuture<>();
        CompletableFuture<Snapshot> theirs;
        synchronized (this) {
            Snapshot kept = snapshots.get(key);
            if (kept != null && kept.stamp() == stamp) {
                return kept;
            }
            theirs = computing.putIfAbsent(claim, mine);
        }
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException | CancellationException failed) {
                // the other request's failure is its own to report: this one computes for itself
                return compute.get();
            }
        }
        try {
            Snapshot snapshot = compute.get();
            synchronized (this) {
                snapshots.put(key, snapshot);
            }
            mine.complete(snapshot);
            return snapshot;
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            synchronized (this) {
                computing.remove(claim);
            }
        }
    }

    /** The projected breaches of {@code key} at the head {@code stamp}: kept, or computed now and kept. */
    List<ProjectedBreach> projections(ProjectionKey key, long stamp, Supplier<List<ProjectedBreach>> compute) {
        return keptOrComputed(projections, key, stamp, () -> List.copyOf(compute.get()));
    }

    /** The home-page glance of {@code key} at the head {@code stamp}: kept, or computed now and kept. */
    ServiceLevelGlance glance(GlanceKey key, long stamp, Supplier<ServiceLevelGlance> compute) {
        return keptOrComputed(glances, key, stamp, compute);
    }

    private <K, V> V keptOrComputed(Map<K, Kept<V>> entries, K key, long stamp, Supplier<V> compute) {
        synchronized (this) {
            Kept<V> kept = entries.get(key);
            if (kept != null && kept.stamp() == stamp) {
                return kept.value();
            }
        }
        V value = compute.get();
        synchronized (this) {
            entries.put(key, new Kept<>(stamp, value));
        }
        return value;
    }
}

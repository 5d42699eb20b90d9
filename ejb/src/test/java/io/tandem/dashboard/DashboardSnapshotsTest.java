package io.tandem.dashboard;

import io.tandem.tenancy.Party;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A snapshot is computed once per audit-chain head, however many requests want it at the same time. */
class DashboardSnapshotsTest {

    private static final DashboardSnapshots.Key KEY = new DashboardSnapshots.Key(7, Party.CLIENT, true,
            YearMonth.of(2025, 1), YearMonth.of(2025, 12));

    private final DashboardSnapshots snapshots = new DashboardSnapshots();
    private final ExecutorService requests = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    private static DashboardSnapshots.Snapshot snapshot(long stamp) {
        return new DashboardSnapshots.Snapshot(stamp, new Attainment(0, 0, 0, null), List.of(), null, 0);
    }

    @Test
    void aSecondRequestWaitsForTheFirstsComputationInsteadOfRepeatingIt() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computations = new AtomicInteger();
        Supplier<DashboardSnapshots.Snapshot> slow = () -> {
            computations.incrementAndGet();
            computing.countDown();
            await(release);
            return snapshot(41);
        };
        Future<DashboardSnapshots.Snapshot> first = requests.submit(() -> snapshots.current(KEY, 41, slow));
        assertTrue(computing.await(5, TimeUnit.SECONDS));
        Future<DashboardSnapshots.Snapshot> second = requests.submit(() -> snapshots.current(KEY, 41, slow));
        awaitParked(2);
        release.countDown();
        assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
        assertEquals(1, computations.get());
        assertSame(first.get(), snapshots.current(KEY, 41, () -> snapshot(41)), "kept for the next request");
    }

    @Test
    void aNewHeadIsComputedAgain() {
        DashboardSnapshots.Snapshot before = snapshots.current(KEY, 41, () -> snapshot(41));
        DashboardSnapshots.Snapshot after = snapshots.current(KEY, 42, () -> snapshot(42));
        assertEquals(42, after.stamp());
        assertSame(after, snapshots.current(KEY, 42, () -> before));
    }

    @Test
    void whenTheComputationFailsTheWaitingRequestComputesForItself() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<DashboardSnapshots.Snapshot> failing = requests.submit(() -> snapshots.current(KEY, 41, () -> {
            computing.countDown();
            await(release);
            throw new IllegalStateException("the database went away");
        }));
        assertTrue(computing.await(5, TimeUnit.SECONDS));
        Future<DashboardSnapshots.Snapshot> waiting = requests.submit(() -> snapshots.current(KEY, 41,
                () -> snapshot(41)));
        awaitParked(2);
        release.countDown();
        assertEquals(IllegalStateException.class,
                assertThrows(ExecutionException.class, failing::get).getCause().getClass());
        assertEquals(41, waiting.get(5, TimeUnit.SECONDS).stamp());
    }

    /** Waits until both request threads are parked: the first in its computation, the second behind it. */
    private static void awaitParked(int threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("pool-")
                        && (thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING))
                .filter(thread -> Arrays.stream(thread.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().equals(DashboardSnapshots.class.getName())))
                .count() < threads) {
            assertTrue(System.nanoTime() < deadline, "the requests did not reach the snapshot");
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

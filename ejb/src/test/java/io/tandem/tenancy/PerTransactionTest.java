package io.tandem.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PerTransactionTest {

    private final FakeRegistry transactions = new FakeRegistry();
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<String> read = () -> "read " + reads.incrementAndGet();

    @Test
    void inATransactionEachKeyIsReadOnce() {
        transactions.status = Status.STATUS_ACTIVE;

        assertEquals("read 1", PerTransaction.get(transactions, "grants:7", read));
        assertEquals("read 1", PerTransaction.get(transactions, "grants:7", read));
        assertEquals("read 2", PerTransaction.get(transactions, "grants:8", read), "another caller's grants");
        assertEquals(2, reads.get());
    }

    @Test
    void outsideATransactionEveryAskReads() {
        transactions.status = Status.STATUS_NO_TRANSACTION;

        assertEquals("read 1", PerTransaction.get(transactions, "grants:7", read));
        assertEquals("read 2", PerTransaction.get(transactions, "grants:7", read));
        assertEquals(Map.of(), transactions.resources, "nothing kept");
    }

    @Test
    void aTransactionMarkedForRollbackKeepsNothing() {
        transactions.status = Status.STATUS_MARKED_ROLLBACK;

        PerTransaction.get(transactions, "grants:7", read);
        PerTransaction.get(transactions, "grants:7", read);
        assertEquals(2, reads.get());
    }

    /** The registry's resources of one transaction, and its status. */
    private static final class FakeRegistry implements TransactionSynchronizationRegistry {
        final Map<Object, Object> resources = new HashMap<>();
        int status;

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}

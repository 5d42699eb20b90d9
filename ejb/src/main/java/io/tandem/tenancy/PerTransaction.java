package io.tandem.tenancy;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/** What several services of one transaction ask for, read once and kept as the transaction's resource. */
final class PerTransaction {

    private PerTransaction() {
    }

    /** The value kept under {@code key} in the active transaction, read first if need be; outside one, read each time. */
    @SuppressWarnings("unchecked")
    static <T> T get(TransactionSynchronizationRegistry transactions, String key, Supplier<T> read) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return read.get();
        }
        T value = (T) transactions.getResource(key);
        if (value == null) {
            value = read.get();
            transactions.putResource(key, value);
        }
        return value;
    }
}

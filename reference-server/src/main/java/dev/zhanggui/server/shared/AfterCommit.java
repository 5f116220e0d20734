package dev.zhanggui.server.shared;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs something once what the current transaction did is committed. */
public final class AfterCommit {
    private AfterCommit() {
    }

    /**
     * Runs {@code action} after the current transaction commits, or at once when there is none. A
     * transaction that rolls back, or can only roll back any more, never runs it.
     */
    public static void run(TransactionSynchronizationRegistry registry, Runnable action) {
        if (registry.getTransactionKey() == null) {
            action.run();
            return;
        }
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}

package dev.zhanggui.shared.inmemory;

import dev.zhanggui.shared.Transactions;

import java.util.function.Supplier;

/**
 * Runs work directly, one unit of work at a time. The in-memory repositories hold copies, and
 * use cases store only after every check passed, so a refused use case leaves nothing behind.
 */
public final class InMemoryTransactions implements Transactions {
    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}

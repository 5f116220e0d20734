package dev.zhanggui.server.shared;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values read once per transaction: a merchant's settings row that several steps of one checkout
 * ask for (the quote, the order number, the timers) is read the first time and then answered from
 * the transaction's memo, which ends with it. A write through the same adapter forgets the value.
 * Outside a transaction nothing is kept. Values must be immutable and never null.
 */
public final class TransactionMemo {
    /** Keeps nothing: every read goes to the store. */
    public static final TransactionMemo NONE = new TransactionMemo(null);

    private final TransactionSynchronizationRegistry registry;

    public TransactionMemo(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        Map<Object, Object> memo = memo();
        if (memo == null) {
            return load.get();
        }
        Object value = memo.get(key);
        if (value == null) {
            value = load.get();
            if (value != null) { // nothing found is not kept: it may be added later in the unit of work
                memo.put(key, value);
            }
        }
        return (T) value;
    }

    public void forget(Object key) {
        Map<Object, Object> memo = memo();
        if (memo != null) {
            memo.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> memo() {
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<Object, Object> memo = (Map<Object, Object>) registry.getResource(TransactionMemo.class);
        if (memo == null) {
            memo = new HashMap<>();
            registry.putResource(TransactionMemo.class, memo);
        }
        return memo;
    }
}

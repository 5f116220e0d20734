package dev.zhanggui.server.shared;

import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A merchant's reference data that every quote reads and staff seldom change (member levels,
 * carriers, running promotions, pricing rules, priced SKUs, customers' groups and price lists,
 * coupon templates, order settings and customers' payment terms), kept in memory across requests
 * and checked against the merchant's reference version on every transaction.
 *
 * <p>The version is a row of {@code reference_version} that triggers on those tables set to a new
 * value of a sequence in the writing transaction, once per transaction (migrations V24 to V28):
 * any write, from this instance, another one or a SQL tool, changes it once committed, and a
 * rolled-back write takes a value no later write reuses. A transaction reads the version once (one indexed row, instead of
 * one statement per kind of data) and is answered from memory while the entry was loaded at that
 * version; otherwise it loads from the database and keeps what it read. Data is read after the
 * version, so an entry is never older than its version says.
 *
 * <p>A transaction that writes reference data of a merchant ({@link #wrote}) reads that merchant's
 * data from the database for the rest of the transaction and keeps none of it: it sees its own
 * writes, and nothing uncommitted reaches other transactions. Outside a transaction every read
 * checks the version anew. Values must be immutable.
 */
public final class MerchantReferenceCache {
    /** Keeps nothing: every read goes to the database. */
    public static final MerchantReferenceCache NONE = new MerchantReferenceCache(null, TransactionMemo.NONE);

    /** What is kept: one kind of reference data of one merchant. */
    public record Kind<T>(String name) {
    }

    /**
     * What is kept key by key (a SKU, a customer), filled as transactions ask: a kind of reference
     * data too large to load whole. An absent value (nothing found) is kept as absent.
     */
    public record Keyed<K, V>(String name) {
    }

    /** The most keys kept per merchant and keyed kind; past it, further keys are read each time. */
    private static final int MOST_KEYS = 100_000;

    /** One merchant's keyed data at one version. */
    private static final class Entries {
        private final ConcurrentHashMap<Object, Optional<Object>> values = new ConcurrentHashMap<>();
    }

    private record Key(MerchantId merchant, Kind<?> kind) {
    }

    private record Entry(long version, Object value) {
    }

    private record VersionOf(MerchantId merchant) {
    }

    private record WroteIn(MerchantId merchant) {
    }

    private final JdbcStatements sql;
    private final TransactionMemo memo;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    public MerchantReferenceCache(JdbcStatements sql, TransactionMemo memo) {
        this.sql = sql;
        this.memo = memo;
    }

    /** The merchant's data of this kind: from memory while its version holds, else {@code load}ed and kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(MerchantId merchant, Kind<T> kind, Supplier<T> load) {
        if (sql == null || memo.get(new WroteIn(merchant), () -> null) != null) {
            return load.get();
        }
        long version = memo.get(new VersionOf(merchant), () -> version(merchant));
        Key key = new Key(merchant, kind);
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        T value = load.get();
        entries.put(key, new Entry(version, value));
        return value;
    }

    /** The value for one key: from memory while the version holds, else {@code load}ed and kept (null for absent). */
    @SuppressWarnings("unchecked")
    public <K, V> V get(MerchantId merchant, Keyed<K, V> kind, K key, Function<K, V> load) {
        Entries entries = get(merchant, new Kind<Entries>("keyed " + kind.name()), Entries::new);
        Optional<Object> known = entries.values.get(key);
        if (known != null) {
            return (V) known.orElse(null);
        }
        V value = load.apply(key);
        if (entries.values.size() < MOST_KEYS) {
            entries.values.put(key, Optional.ofNullable(value));
        }
        return value;
    }

    /**
     * The values for these keys, absent ones left out: those not in memory {@code load}ed together
     * (the loader leaves out what it does not find) and kept.
     */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> getAll(MerchantId merchant, Keyed<K, V> kind, Collection<K> keys,
                                   Function<List<K>, Map<K, V>> load) {
        Entries entries = get(merchant, new Kind<Entries>("keyed " + kind.name()), Entries::new);
        List<K> missing = keys.stream().filter(k -> !entries.values.containsKey(k)).distinct().toList();
        Map<K, V> loaded = missing.isEmpty() ? Map.of() : load.apply(missing);
        if (entries.values.size() + missing.size() <= MOST_KEYS) {
            missing.forEach(k -> entries.values.put(k, Optional.ofNullable(loaded.get(k))));
        }
        Map<K, V> found = new HashMap<>();
        for (K key : keys) {
            V value = loaded.containsKey(key) ? loaded.get(key)
                    : (V) entries.values.getOrDefault(key, Optional.empty()).orElse(null);
            if (value != null) {
                found.put(key, value);
            }
        }
        return found;
    }

    /** Tells that this transaction writes the merchant's reference data: it reads it from the database from now on. */
    public void wrote(MerchantId merchant) {
        memo.get(new WroteIn(merchant), () -> Boolean.TRUE);
        memo.forget(new VersionOf(merchant));
    }

    private long version(MerchantId merchant) {
        return sql.queryOne("select version from reference_version where merchant_id = ?",
                s -> s.setString(1, merchant.value()), r -> r.getLong(1)).orElse(0L);
    }
}

package dev.zhanggui.server.catalog.cache;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Ready answers to anonymous catalog queries, by request: each is good while its merchant's
 * catalog generation is the one it was computed at, and for at most max-age (for what changes
 * without a notification: stock, sales counts, prices whose time has come). Bounded: when full,
 * the stale entries go first, then half of the rest.
 */
final class CachedAnswers {
    /** An answer as the GraphQL endpoint gave it. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private record Entry(Answer answer, long generation, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    CachedAnswers(long maxAgeNanos, int maxEntries, LongSupplier nanoTime) {
        if (maxAgeNanos <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("max-age and max-entries must be positive");
        }
        this.maxAgeNanos = maxAgeNanos;
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The answer kept for this request, if it is still good at this generation. */
    Answer get(String key, long generation) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.generation != generation || nanoTime.getAsLong() - entry.expiresAt >= 0) {
            entries.remove(key, entry);
            return null;
        }
        return entry.answer;
    }

    /** Keeps an answer computed at this generation. */
    void put(String key, long generation, Answer answer) {
        if (entries.size() >= maxEntries) {
            evict();
        }
        entries.put(key, new Entry(answer, generation, nanoTime.getAsLong() + maxAgeNanos));
    }

    int size() {
        return entries.size();
    }

    private void evict() {
        long now = nanoTime.getAsLong();
        entries.values().removeIf(entry -> now - entry.expiresAt >= 0);
        if (entries.size() < maxEntries) {
            return;
        }
        int excess = entries.size() - maxEntries / 2;
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (excess-- > 0 && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}

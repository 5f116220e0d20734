package dev.zhanggui.server.catalog.cache;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Ready answers to anonymous catalog queries, by request: each is good while its merchant's
 * catalog generation is the one it was computed at, and for at most max-age (for what changes
 * without a notification: sales counts, prices whose time has come). Bounded in entries
 * and in bytes: when full, the stale entries go first, then half of the rest.
 */
final class CachedAnswers {
    /** An answer as the GraphQL endpoint gave it. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private record Entry(Answer answer, long generation, long expiresAt) {
        long bytes() {
            return answer.body().length;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxAgeNanos;
    private final int maxEntries;
    private final long maxBytes;
    private final LongSupplier nanoTime;

    CachedAnswers(long maxAgeNanos, int maxEntries, long maxBytes, LongSupplier nanoTime) {
        if (maxAgeNanos <= 0 || maxEntries <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("max-age, max-entries and max-bytes must be positive");
        }
        this.maxAgeNanos = maxAgeNanos;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.nanoTime = nanoTime;
    }

    /** The answer kept for this request, if it is still good at this generation. */
    Answer get(String key, long generation) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.generation != generation || nanoTime.getAsLong() - entry.expiresAt >= 0) {
            remove(key, entry);
            return null;
        }
        return entry.answer;
    }

    /** Keeps an answer computed at this generation (not one larger than half the byte budget). */
    void put(String key, long generation, Answer answer) {
        Entry entry = new Entry(answer, generation, nanoTime.getAsLong() + maxAgeNanos);
        if (entry.bytes() > maxBytes / 2) {
            return;
        }
        if (entries.size() >= maxEntries || bytes.get() + entry.bytes() > maxBytes) {
            evict(entry.bytes());
        }
        Entry replaced = entries.put(key, entry);
        bytes.addAndGet(entry.bytes() - (replaced == null ? 0 : replaced.bytes()));
    }

    int size() {
        return entries.size();
    }

    long bytes() {
        return bytes.get();
    }

    private void remove(String key, Entry entry) {
        if (entries.remove(key, entry)) {
            bytes.addAndGet(-entry.bytes());
        }
    }

    /** Makes room for one more entry of this size: the stale ones first, then half of the rest. */
    private void evict(long incoming) {
        long now = nanoTime.getAsLong();
        entries.forEach((key, entry) -> {
            if (now - entry.expiresAt >= 0) {
                remove(key, entry);
            }
        });
        if (entries.size() < maxEntries && bytes.get() + incoming <= maxBytes) {
            return;
        }
        int keep = entries.size() / 2;
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while ((entries.size() > keep || bytes.get() + incoming > maxBytes) && it.hasNext()) {
            Map.Entry<String, Entry> next = it.next();
            remove(next.getKey(), next.getValue());
        }
    }
}

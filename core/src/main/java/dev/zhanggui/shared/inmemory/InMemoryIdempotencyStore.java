package dev.zhanggui.shared.inmemory;

import dev.zhanggui.shared.idempotency.IdempotencyClaim;
import dev.zhanggui.shared.idempotency.IdempotencyScope;
import dev.zhanggui.shared.idempotency.IdempotencyStore;
import dev.zhanggui.shared.idempotency.StoredResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Idempotency keys in a map; for tests and single-process embeddings. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    private record Key(IdempotencyScope scope, String key) {
    }

    private record Entry(String fingerprint, Instant claimedAt, StoredResponse response) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();

    @Override
    public synchronized IdempotencyClaim claim(IdempotencyScope scope, String key, String fingerprint,
                                               Instant now, Duration abandonAfter) {
        Key k = new Key(scope, key);
        Entry existing = entries.get(k);
        if (existing == null) {
            entries.put(k, new Entry(fingerprint, now, null));
            return new IdempotencyClaim.Claimed();
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            return new IdempotencyClaim.Mismatch();
        }
        if (existing.response() != null) {
            return new IdempotencyClaim.Completed(existing.response());
        }
        if (existing.claimedAt().plus(abandonAfter).isBefore(now)) {
            entries.put(k, new Entry(fingerprint, now, null));
            return new IdempotencyClaim.Claimed();
        }
        return new IdempotencyClaim.InProgress();
    }

    @Override
    public synchronized void complete(IdempotencyScope scope, String key, StoredResponse response, Instant now) {
        entries.computeIfPresent(new Key(scope, key), (k, e) -> new Entry(e.fingerprint(), e.claimedAt(), response));
    }

    @Override
    public synchronized void release(IdempotencyScope scope, String key) {
        entries.remove(new Key(scope, key));
    }

    @Override
    public synchronized int purgeOlderThan(Instant cutoff) {
        int before = entries.size();
        entries.values().removeIf(e -> e.claimedAt().isBefore(cutoff));
        return before - entries.size();
    }
}

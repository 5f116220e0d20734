package dev.zhanggui.shared.idempotency;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: where idempotency keys and their first responses are kept (at least 24 hours).
 * Implementations must make {@link #claim} atomic across server instances (a unique key).
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a request with this fingerprint, or reports what an earlier request
     * with the key did. A claim in progress for longer than {@code abandonAfter} counts as
     * abandoned (its server died) and may be taken over by the same request.
     */
    IdempotencyClaim claim(IdempotencyScope scope, String key, String fingerprint, Instant now, Duration abandonAfter);

    /** Records the response of a claimed key; called in the same unit of work as the change itself. */
    void complete(IdempotencyScope scope, String key, StoredResponse response, Instant now);

    /** Forgets a claimed key whose request failed unexpectedly, so that a retry can run again. */
    void release(IdempotencyScope scope, String key);

    /** Removes keys older than {@code cutoff}; returns how many. */
    int purgeOlderThan(Instant cutoff);
}

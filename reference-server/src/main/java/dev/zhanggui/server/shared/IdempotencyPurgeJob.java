package dev.zhanggui.server.shared;

import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.idempotency.IdempotencyStore;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;

/** Forgets idempotency keys after their retention (48 h by default, at least the promised 24 h). */
@ApplicationScoped
public class IdempotencyPurgeJob {
    @Inject
    IdempotencyStore store;
    @Inject
    Transactions transactions;
    @Inject
    Clock clock;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int purged = transactions.inTransaction(() -> store.purgeOlderThan(clock.instant().minus(Duration.ofHours(48))));
        Log.debugf("purged %d idempotency keys", purged);
    }
}

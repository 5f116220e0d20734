package dev.zhanggui.server.catalog.importing;

import dev.zhanggui.catalog.importing.ProductImportJobs;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Fails import jobs that stopped beating: a job writes its progress (its heartbeat) at least every
 * thousand rows and every 500 products written, so a queued or running job silent for
 * {@code zhanggui.imports.stale-after} (10 minutes by default) lost its server. Runs on every
 * instance every minute, and a minute after start; the update is idempotent.
 */
@ApplicationScoped
public class StaleImportSweep {
    @Inject
    ProductImportJobs jobs;
    @ConfigProperty(name = "zhanggui.imports.stale-after", defaultValue = "10m")
    Duration staleAfter;

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int failed = jobs.failStale(staleAfter);
        if (failed > 0) {
            Log.warnf("failed %d interrupted product imports", failed);
        }
    }
}

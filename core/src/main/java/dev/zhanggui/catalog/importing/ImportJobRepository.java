package dev.zhanggui.catalog.importing;

import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: where import jobs are kept, so that any server instance answers a poll. Every method
 * commits on its own at once, also while the import's own unit of work is still open, so that
 * progress shows while the import runs.
 */
public interface ImportJobRepository {
    void add(ImportJob job);

    /**
     * Replaces the stored state of an unfinished job.
     *
     * @return false if the job had finished meanwhile (failed as interrupted), and nothing changed
     */
    boolean save(ImportJob job);

    Optional<ImportJob> find(MerchantId merchant, UUID id);

    /**
     * Fails the jobs, of any merchant, still queued or running whose heartbeat is older than
     * {@code staleBefore}: their server stopped (crashed or was killed) while working on them.
     *
     * @return how many jobs were failed
     */
    int failStale(Instant staleBefore, Instant now);
}

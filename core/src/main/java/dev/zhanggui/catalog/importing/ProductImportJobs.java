package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Import jobs (导入任务): staff hand over the rows of a file and get a job at once; the import runs
 * in the background and the job shows its progress and, at the end, the counts or the report of
 * every bad row. A job whose server died on it is failed once its heartbeat is old.
 */
public final class ProductImportJobs {
    /** Progress is written at most this often (in rows), plus once at the end of each phase. */
    static final int PROGRESS_EVERY = 1000;
    private static final Logger LOG = Logger.getLogger(ProductImportJobs.class.getName());

    private final ProductImportService imports;
    private final ImportJobRepository jobs;
    private final ImportJobLauncher launcher;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ProductImportJobs(ProductImportService imports, ImportJobRepository jobs, ImportJobLauncher launcher,
                             Transactions transactions, IdGenerator ids, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        this.launcher = launcher;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Queues the import of the rows of one file; the job runs once the caller's unit of work commits. */
    public ImportJob start(Actor actor, Optional<StoreId> store, String fileName, List<ImportRow> rows) {
        imports.requireImportable(actor, store);
        ImportJob job = ImportJob.queued(ids.newId(), actor.merchant(), fileName, store, actor.subject(), rows.size(),
                clock.instant());
        transactions.run(() -> {
            jobs.add(job);
            launcher.launch(() -> run(actor, job, rows));
        });
        return job;
    }

    public ImportJob get(Actor actor, UUID id) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may see imports");
        }
        return transactions.inTransaction(() -> jobs.find(actor.merchant(), id))
                .orElseThrow(() -> new DomainException(ErrorCode.IMPORT_NOT_FOUND, "No import " + id));
    }

    /** Fails queued or running jobs without a heartbeat for {@code maxSilence}; returns how many. */
    public int failStale(Duration maxSilence) {
        Instant now = clock.instant();
        return jobs.failStale(now.minus(maxSilence), now);
    }

    private void run(Actor actor, ImportJob queued, List<ImportRow> rows) {
        ImportJob[] job = {queued.running(clock.instant())};
        if (!jobs.save(job[0])) {
            return; // failed as interrupted while it waited: the merchant was told to upload again
        }
        try {
            ImportResult result = imports.importRows(actor, job[0].store(), rows, new ImportProgress() {
                @Override
                public void validated(int count) {
                    if (count / PROGRESS_EVERY > job[0].rowsValidated() / PROGRESS_EVERY || count == rows.size()) {
                        job[0] = job[0].progressed(count, 0, clock.instant());
                        jobs.save(job[0]);
                    }
                }

                @Override
                public void imported(int count) {
                    job[0] = job[0].progressed(job[0].rowsTotal(), count, clock.instant());
                    jobs.save(job[0]);
                }
            });
            jobs.save(job[0].finished(result, clock.instant()));
        } catch (DomainException e) {
            jobs.save(job[0].failed(e.code(), e.getMessage(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + queued.id() + " failed", e);
            jobs.save(job[0].failed(ErrorCode.INTERNAL_ERROR, "The import failed unexpectedly; nothing was imported",
                    clock.instant()));
        }
    }
}

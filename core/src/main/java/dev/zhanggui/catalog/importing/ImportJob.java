package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An import job (导入任务) as a poller sees it: the file it imports, how far it got (rows checked,
 * rows imported), and at the end either the counts or the report of every bad row.
 * {@code updatedAt} is its heartbeat: a job that stops beating was interrupted (see
 * {@link ProductImportJobs#failStale}).
 */
public record ImportJob(UUID id, MerchantId merchant, ImportJobStatus status, String fileName,
                        Optional<StoreId> store, String requestedBy, int rowsTotal, int rowsValidated,
                        int rowsImported, Optional<ImportCounts> counts, List<ImportProblem> problems,
                        Instant createdAt, Instant updatedAt, Optional<Instant> finishedAt) {
    public ImportJob {
        store = store == null ? Optional.empty() : store;
        counts = counts == null ? Optional.empty() : counts;
        problems = problems == null ? List.of() : List.copyOf(problems);
        finishedAt = finishedAt == null ? Optional.empty() : finishedAt;
    }

    public static ImportJob queued(UUID id, MerchantId merchant, String fileName, Optional<StoreId> store,
                                   String requestedBy, int rows, Instant now) {
        return new ImportJob(id, merchant, ImportJobStatus.QUEUED, fileName, store, requestedBy, rows, 0, 0,
                Optional.empty(), List.of(), now, now, Optional.empty());
    }

    public ImportJob running(Instant now) {
        return new ImportJob(id, merchant, ImportJobStatus.RUNNING, fileName, store, requestedBy, rowsTotal, 0, 0,
                counts, problems, createdAt, now, finishedAt);
    }

    public ImportJob progressed(int validated, int imported, Instant now) {
        return new ImportJob(id, merchant, status, fileName, store, requestedBy, rowsTotal, validated, imported,
                counts, problems, createdAt, now, finishedAt);
    }

    /** Finished with the import's result: SUCCEEDED with counts, or FAILED with the report. */
    public ImportJob finished(ImportResult result, Instant now) {
        ImportJobStatus outcome = result.succeeded() ? ImportJobStatus.SUCCEEDED : ImportJobStatus.FAILED;
        int imported = result.counts().map(ImportCounts::rows).orElse(0);
        return new ImportJob(id, merchant, outcome, fileName, store, requestedBy, rowsTotal,
                result.succeeded() ? rowsTotal : rowsValidated, imported, result.counts(), result.problems(),
                createdAt, now, Optional.of(now));
    }

    /** Failed for a reason that is not a row's, e.g. interrupted by a crash. */
    public ImportJob failed(ErrorCode code, String message, Instant now) {
        return finished(ImportResult.rejected(List.of(ImportProblem.ofRow(0, code, message))), now);
    }
}

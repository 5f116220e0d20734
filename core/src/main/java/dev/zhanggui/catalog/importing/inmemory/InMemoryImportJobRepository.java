package dev.zhanggui.catalog.importing.inmemory;

import dev.zhanggui.catalog.importing.ImportJob;
import dev.zhanggui.catalog.importing.ImportJobRepository;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Import jobs in memory. */
public final class InMemoryImportJobRepository implements ImportJobRepository {
    private final Map<UUID, ImportJob> jobs = new LinkedHashMap<>();

    @Override
    public synchronized void add(ImportJob job) {
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized boolean save(ImportJob job) {
        ImportJob stored = jobs.get(job.id());
        if (stored == null || stored.status().finished()) {
            return false;
        }
        jobs.put(job.id(), job);
        return true;
    }

    @Override
    public synchronized Optional<ImportJob> find(MerchantId merchant, UUID id) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.merchant().equals(merchant));
    }

    @Override
    public synchronized int failStale(Instant staleBefore, Instant now) {
        int failed = 0;
        for (ImportJob job : jobs.values()) {
            if (!job.status().finished() && job.updatedAt().isBefore(staleBefore)) {
                jobs.put(job.id(), job.failed(ErrorCode.IMPORT_REJECTED, "The import was interrupted", now));
                failed++;
            }
        }
        return failed;
    }
}

package dev.zhanggui.server.catalog.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.importing.ImportColumn;
import dev.zhanggui.catalog.importing.ImportCounts;
import dev.zhanggui.catalog.importing.ImportJob;
import dev.zhanggui.catalog.importing.ImportJobRepository;
import dev.zhanggui.catalog.importing.ImportJobStatus;
import dev.zhanggui.catalog.importing.ImportProblem;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs in PostgreSQL ({@code product_import}). Every write commits on its own
 * ({@code requiringNew}), also while the import's own transaction is open on the same thread, so
 * that a poll from any instance sees the progress.
 */
@ApplicationScoped
public class JdbcImportJobRepository implements ImportJobRepository {
    private static final TypeReference<List<ProblemRow>> PROBLEMS = new TypeReference<>() { };

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** A problem as stored: the column by its enum name. */
    record ProblemRow(int row, String column, String code, String message) {
    }

    @Override
    public void add(ImportJob job) {
        em.createNativeQuery("""
                        insert into product_import (id, merchant_id, status, file_name, store_id, requested_by,
                            rows_total, rows_validated, rows_imported, counts, problems, created_at, updated_at, finished_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb), cast(?11 as jsonb), ?12, ?13, ?14)""")
                .setParameter(1, job.id()).setParameter(2, job.merchant().value()).setParameter(3, job.status().name())
                .setParameter(4, job.fileName()).setParameter(5, job.store().map(StoreId::value).orElse(null))
                .setParameter(6, job.requestedBy()).setParameter(7, job.rowsTotal())
                .setParameter(8, job.rowsValidated()).setParameter(9, job.rowsImported())
                .setParameter(10, job.counts().map(this::write).orElse(null)).setParameter(11, problems(job))
                .setParameter(12, utc(job.createdAt())).setParameter(13, utc(job.updatedAt()))
                .setParameter(14, job.finishedAt().map(JdbcImportJobRepository::utc).orElse(null))
                .executeUpdate();
    }

    @Override
    public boolean save(ImportJob job) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        update product_import set status = ?1, rows_validated = ?2, rows_imported = ?3,
                            counts = cast(?4 as jsonb), problems = cast(?5 as jsonb), updated_at = ?6, finished_at = ?7
                        where id = ?8 and merchant_id = ?9 and status in ('QUEUED', 'RUNNING')""")
                .setParameter(1, job.status().name()).setParameter(2, job.rowsValidated())
                .setParameter(3, job.rowsImported()).setParameter(4, job.counts().map(this::write).orElse(null))
                .setParameter(5, problems(job)).setParameter(6, utc(job.updatedAt()))
                .setParameter(7, job.finishedAt().map(JdbcImportJobRepository::utc).orElse(null))
                .setParameter(8, job.id()).setParameter(9, job.merchant().value()).executeUpdate() == 1);
    }

    @Override
    public Optional<ImportJob> find(MerchantId merchant, UUID id) {
        List<?> rows = em.createNativeQuery("""
                        select cast(id as varchar), status, file_name, cast(store_id as varchar), requested_by,
                            rows_total, rows_validated, rows_imported, cast(counts as varchar),
                            cast(problems as varchar), created_at, updated_at, finished_at
                        from product_import where id = ?1 and merchant_id = ?2""")
                .setParameter(1, id).setParameter(2, merchant.value()).getResultList();
        return rows.stream().findFirst().map(r -> toJob(merchant, (Object[]) r));
    }

    @Override
    public int failStale(Instant staleBefore, Instant now) {
        String interrupted = write(List.of(new ProblemRow(0, null, ErrorCode.IMPORT_REJECTED.name(),
                "The import was interrupted (its server stopped); nothing was imported. Upload the file again.")));
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        update product_import set status = 'FAILED', rows_imported = 0, problems = cast(?1 as jsonb),
                            updated_at = ?2, finished_at = ?2
                        where status in ('QUEUED', 'RUNNING') and updated_at < ?3""")
                .setParameter(1, interrupted).setParameter(2, utc(now)).setParameter(3, utc(staleBefore))
                .executeUpdate());
    }

    private ImportJob toJob(MerchantId merchant, Object[] r) {
        List<ImportProblem> problems = read((String) r[9], PROBLEMS).stream().map(p -> new ImportProblem(p.row(),
                Optional.ofNullable(p.column()).map(ImportColumn::valueOf), ErrorCode.valueOf(p.code()), p.message()))
                .toList();
        return new ImportJob(UUID.fromString((String) r[0]), merchant, ImportJobStatus.valueOf((String) r[1]),
                (String) r[2], Optional.ofNullable((String) r[3]).map(StoreId::parse), (String) r[4],
                ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                Optional.ofNullable((String) r[8]).map(c -> read(c, new TypeReference<ImportCounts>() { })), problems,
                instant(r[10]), instant(r[11]), Optional.ofNullable(r[12]).map(JdbcImportJobRepository::instant));
    }

    private String problems(ImportJob job) {
        return write(job.problems().stream().map(p -> new ProblemRow(p.row(), p.column().map(Enum::name).orElse(null),
                p.code().name(), p.message())).toList());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable import job JSON", e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Not a timestamp: " + value.getClass());
        };
    }
}

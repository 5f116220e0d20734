package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.importing.ImportCounts;
import dev.zhanggui.catalog.importing.ImportJob;
import dev.zhanggui.catalog.importing.ImportProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A product import job (导入任务) as the REST API shows it: status, progress, and counts or the report. */
@Schema(name = "ProductImport")
public record ImportJobView(
        String id,
        @Schema(description = "QUEUED, RUNNING, SUCCEEDED or FAILED") String status,
        String fileName,
        @Schema(nullable = true, description = "The store whose stock the file sets; absent: the central warehouse") String storeId,
        @Schema(description = "Data rows in the file") int rowsTotal,
        @Schema(description = "Rows checked so far") int rowsValidated,
        @Schema(description = "Rows imported so far (all of them or none once finished)") int rowsImported,
        @Schema(nullable = true, description = "What the import did (SUCCEEDED only)") Counts counts,
        @Schema(description = "Every bad row (FAILED only); nothing was imported") List<Problem> errors,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant finishedAt) {

    public record Counts(int rows, int productsCreated, int productsUpdated, int skusCreated, int skusUpdated,
                         int stockLevelsSet) {
        static Counts of(ImportCounts c) {
            return new Counts(c.rows(), c.productsCreated(), c.productsUpdated(), c.skusCreated(), c.skusUpdated(),
                    c.stockSet());
        }
    }

    /** A bad row: the spreadsheet row (1 is the header row; 0 for the file as a whole) and column. */
    @Schema(name = "ImportRowProblem", description = "A bad row of an import: the row, the column and why")
    public record Problem(int row, @Schema(nullable = true, example = "售价 price") String column, String code,
                          String message) {
        static Problem of(ImportProblem p) {
            return new Problem(p.row(), p.column().map(c -> c.header()).orElse(null), p.code().name(), p.message());
        }
    }

    static ImportJobView of(ImportJob j) {
        return new ImportJobView(j.id().toString(), j.status().name(), j.fileName(),
                j.store().map(Object::toString).orElse(null), j.rowsTotal(), j.rowsValidated(), j.rowsImported(),
                j.counts().map(Counts::of).orElse(null), j.problems().stream().map(Problem::of).toList(),
                j.createdAt(), j.updatedAt(), j.finishedAt().orElse(null));
    }
}

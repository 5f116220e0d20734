package dev.zhanggui.catalog.importing;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of an import: either the file was imported whole ({@code counts}), or it was
 * rejected and nothing of it was imported ({@code problems}, every bad row named).
 */
public record ImportResult(Optional<ImportCounts> counts, List<ImportProblem> problems) {
    /** The most problems a report keeps; a file with more says how many there were in the last one. */
    public static final int MAX_PROBLEMS = 1000;

    public ImportResult {
        counts = counts == null ? Optional.empty() : counts;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static ImportResult imported(ImportCounts counts) {
        return new ImportResult(Optional.of(counts), List.of());
    }

    public static ImportResult rejected(List<ImportProblem> problems) {
        return new ImportResult(Optional.empty(), problems);
    }

    public boolean succeeded() {
        return counts.isPresent();
    }
}

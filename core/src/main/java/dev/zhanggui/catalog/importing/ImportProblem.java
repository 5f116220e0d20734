package dev.zhanggui.catalog.importing;

import dev.zhanggui.shared.ErrorCode;

import java.util.Optional;

/**
 * One reason a file cannot be imported: the spreadsheet row (1 is the header row) and, where one
 * is at fault, the column, with a stable code and a message for the merchant.
 */
public record ImportProblem(int row, Optional<ImportColumn> column, ErrorCode code, String message) {
    public ImportProblem {
        column = column == null ? Optional.empty() : column;
    }

    public static ImportProblem at(int row, ImportColumn column, ErrorCode code, String message) {
        return new ImportProblem(row, Optional.of(column), code, message);
    }

    public static ImportProblem ofRow(int row, ErrorCode code, String message) {
        return new ImportProblem(row, Optional.empty(), code, message);
    }
}

package dev.zhanggui.catalog.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an import file: its number as the merchant sees it in the spreadsheet (the
 * header is row 1) and its cells by column. A missing cell reads as blank.
 */
public record ImportRow(int number, Map<ImportColumn, String> cells) {
    public ImportRow {
        EnumMap<ImportColumn, String> copy = new EnumMap<>(ImportColumn.class);
        cells.forEach((column, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(column, text.strip());
            }
        });
        cells = Collections.unmodifiableMap(copy);
    }

    /** The stripped text of a cell; blank when the cell is empty. */
    public String get(ImportColumn column) {
        return cells.getOrDefault(column, "");
    }

    public boolean has(ImportColumn column) {
        return cells.containsKey(column);
    }

    public boolean isBlank() {
        return cells.isEmpty();
    }
}

package dev.zhanggui.catalog.importing;

import dev.zhanggui.shared.ErrorCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the rows of a file into products by product code, in the order products first appear,
 * and catches what only the whole file shows: rows without a product code and SKU codes given twice.
 */
final class ImportRowGroups {
    private ImportRowGroups() {
    }

    static Map<String, List<ImportRow>> byProductCode(List<ImportRow> rows, List<ImportProblem> problems) {
        Map<String, List<ImportRow>> groups = new LinkedHashMap<>();
        Map<String, Integer> skuCodeRows = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            String code = row.get(ImportColumn.PRODUCT_CODE);
            if (code.isEmpty()) {
                problems.add(ImportProblem.at(row.number(), ImportColumn.PRODUCT_CODE, ErrorCode.PRODUCT_INVALID,
                        "product code is required"));
                continue;
            }
            String skuCode = row.get(ImportColumn.SKU_CODE);
            if (!skuCode.isEmpty()) {
                Integer first = skuCodeRows.putIfAbsent(skuCode, row.number());
                if (first != null) {
                    problems.add(ImportProblem.at(row.number(), ImportColumn.SKU_CODE, ErrorCode.SKU_CODE_TAKEN,
                            "SKU code " + skuCode + " is also on row " + first));
                }
            }
            groups.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}

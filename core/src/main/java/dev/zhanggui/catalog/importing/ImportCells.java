package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductStatus;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the cells of import rows as the values they stand for (amounts, whole numbers, statuses,
 * categories, lists), adding a problem that names the row and column for every cell it cannot read.
 */
final class ImportCells {
    private static final String LIST_SEPARATORS = "[|｜,，;；\\n]";

    private final List<ImportProblem> problems;
    private final Map<String, List<CategoryId>> categoriesByName;

    ImportCells(List<ImportProblem> problems, Map<String, List<CategoryId>> categoriesByName) {
        this.problems = problems;
        this.categoriesByName = categoriesByName;
    }

    void problem(ImportRow row, ImportColumn column, ErrorCode code, String message) {
        problems.add(ImportProblem.at(row.number(), column, code, message));
    }

    /** An amount in CNY with at most two decimals; empty when the cell is blank. */
    Optional<Money> money(ImportRow row, ImportColumn column) {
        String text = row.get(column).replace("¥", "").replace("￥", "").replace(",", "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new NumberFormatException();
            }
            return Optional.of(Money.of(amount.setScale(2)));
        } catch (NumberFormatException | ArithmeticException e) {
            problem(row, column, ErrorCode.SKU_INVALID, column.english() + " must be an amount of 0 or more"
                    + " with at most 2 decimals, like 99.50; found \"" + row.get(column) + "\"");
            return Optional.empty();
        }
    }

    /** A whole number from {@code min} to {@code max}; empty when blank or unreadable (then a problem). */
    Optional<Long> whole(ImportRow row, ImportColumn column, long min, long max, ErrorCode code) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            // Spreadsheets hand whole numbers over as "12" or "12.0".
            long value = new BigDecimal(text).longValueExact();
            if (value < min || value > max) {
                throw new ArithmeticException();
            }
            return Optional.of(value);
        } catch (NumberFormatException | ArithmeticException e) {
            problem(row, column, code, column.english() + " must be a whole number from " + min + " to " + max
                    + "; found \"" + text + "\"");
            return Optional.empty();
        }
    }

    Optional<Points> points(ImportRow row) {
        return whole(row, ImportColumn.POINTS_PRICE, 0, Long.MAX_VALUE / 2, ErrorCode.SKU_INVALID).map(Points::of);
    }

    Optional<Integer> stock(ImportRow row) {
        return whole(row, ImportColumn.STOCK, 0, StockService.MAX_ON_HAND, ErrorCode.STOCK_ADJUSTMENT_INVALID)
                .map(Long::intValue);
    }

    /** ON_SALE / IN_WAREHOUSE / OFF_SHELF, or the merchant's words 出售中 / 仓库中 / 下架. */
    Optional<ProductStatus> status(ImportRow row) {
        String text = row.get(ImportColumn.STATUS);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProductStatus> status = switch (text) {
            case "出售中", "上架", "在售" -> Optional.of(ProductStatus.ON_SALE);
            case "仓库中" -> Optional.of(ProductStatus.IN_WAREHOUSE);
            case "下架", "已下架" -> Optional.of(ProductStatus.OFF_SHELF);
            default -> Arrays.stream(ProductStatus.values())
                    .filter(s -> s.name().equals(text.toUpperCase(Locale.ROOT).replace(' ', '_'))).findFirst();
        };
        if (status.isEmpty()) {
            problem(row, ImportColumn.STATUS, ErrorCode.PRODUCT_INVALID,
                    "status must be ON_SALE (出售中), IN_WAREHOUSE (仓库中) or OFF_SHELF (下架); found \"" + text + "\"");
        }
        return status;
    }

    /** Categories by name or id, separated by | or a comma; a name two categories share must be given by id. */
    Optional<Set<CategoryId>> categories(ImportRow row) {
        if (!row.has(ImportColumn.CATEGORIES)) {
            return Optional.empty();
        }
        Set<CategoryId> result = new LinkedHashSet<>();
        for (String name : list(row.get(ImportColumn.CATEGORIES))) {
            List<CategoryId> found = categoriesByName.getOrDefault(name, byId(name));
            if (found.size() == 1) {
                result.add(found.getFirst());
            } else {
                problem(row, ImportColumn.CATEGORIES, ErrorCode.CATEGORY_NOT_FOUND, found.isEmpty()
                        ? "No category named \"" + name + "\""
                        : "Several categories are named \"" + name + "\"; give the category's id instead");
            }
        }
        return Optional.of(result);
    }

    private List<CategoryId> byId(String text) {
        try {
            CategoryId id = new CategoryId(UUID.fromString(text));
            boolean known = categoriesByName.values().stream().anyMatch(ids -> ids.contains(id));
            return known ? List.of(id) : List.of();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Image URLs separated by | or white space (a URL may hold a comma). */
    static List<String> images(ImportRow row) {
        return Arrays.stream(row.get(ImportColumn.IMAGES).split("[|｜\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(LIST_SEPARATORS)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}

package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuDraft;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the refusals of the product aggregate, which name API fields ({@code skus[2].price}),
 * into problems that name the spreadsheet row and column the merchant must fix.
 */
final class ImportErrors {
    private static final Pattern SKU_FIELD = Pattern.compile("skus\\[(\\d+)]\\.?(\\w*).*");
    private static final Pattern SPEC_FIELD = Pattern.compile("specs\\[(\\d+)]\\.?(\\w*).*");
    private static final Map<String, ImportColumn> SKU_COLUMNS = Map.of("code", ImportColumn.SKU_CODE,
            "barcode", ImportColumn.SKU_BARCODE, "listPrice", ImportColumn.LIST_PRICE, "price", ImportColumn.PRICE,
            "currency", ImportColumn.PRICE, "pointsPrice", ImportColumn.POINTS_PRICE,
            "weightGrams", ImportColumn.WEIGHT, "specValues", ImportColumn.SPEC_1_VALUE);
    private static final Map<String, ImportColumn> PRODUCT_COLUMNS = Map.of("code", ImportColumn.PRODUCT_CODE,
            "name", ImportColumn.PRODUCT_NAME, "barcode", ImportColumn.PRODUCT_BARCODE,
            "description", ImportColumn.DESCRIPTION, "categories", ImportColumn.CATEGORIES,
            "status", ImportColumn.STATUS, "sortOrder", ImportColumn.SORT_ORDER);

    private ImportErrors() {
    }

    /** The refusal's field errors as problems; the rows are those of one product, in draft order. */
    static void report(DomainException e, List<ImportRow> rows, List<ImportProblem> problems) {
        List<FieldError> errors = e.fieldErrors().isEmpty()
                ? List.of(new FieldError("", e.code(), e.getMessage())) : e.fieldErrors();
        for (FieldError error : errors) {
            String field = error.field() == null ? "" : error.field();
            int row = rows.getFirst().number();
            Optional<ImportColumn> column = Optional.ofNullable(PRODUCT_COLUMNS.get(field));
            Matcher sku = SKU_FIELD.matcher(field);
            Matcher spec = SPEC_FIELD.matcher(field);
            if (sku.matches() && Integer.parseInt(sku.group(1)) < rows.size()) {
                row = rows.get(Integer.parseInt(sku.group(1))).number();
                column = Optional.ofNullable(SKU_COLUMNS.get(sku.group(2)));
            } else if (spec.matches() && Integer.parseInt(spec.group(1)) < ImportColumn.SPECS.length) {
                column = Optional.of(ImportColumn.SPECS[Integer.parseInt(spec.group(1))]
                        ["name".equals(spec.group(2)) ? 0 : 1]);
            } else if (field.startsWith("images")) {
                column = Optional.of(ImportColumn.IMAGES);
            } else if (field.startsWith("specs")) {
                column = Optional.of(ImportColumn.SPEC_1_NAME);
            }
            problems.add(new ImportProblem(row, column, error.code(), error.message()));
        }
    }

    /**
     * The product is on sale and the merchant forbids editing it so: every row that would add a
     * SKU or change a price is named (or the first row, when it is the specs that would change).
     */
    static void onSaleLocked(Product current, List<ImportRow> rows, List<SkuDraft> drafts,
                             List<ImportProblem> problems) {
        Map<String, Sku> byCombination = new HashMap<>();
        current.skus().forEach(s -> byCombination.put(ProductImportPlanner.key(s.specValues()), s));
        int before = problems.size();
        for (int i = 0; i < rows.size(); i++) {
            SkuDraft draft = drafts.get(i);
            Sku sku = byCombination.get(ProductImportPlanner.key(draft.specValues()));
            boolean changes = sku == null || !sku.price().equals(draft.price())
                    || !sku.listPrice().equals(draft.listPrice()) || !sku.pointsPrice().equals(draft.pointsPrice());
            if (changes) {
                problems.add(ImportProblem.at(rows.get(i).number(), sku == null ? ImportColumn.SPEC_1_VALUE
                        : ImportColumn.PRICE, ErrorCode.PRODUCT_ON_SALE_LOCKED, "product " + current.code()
                        + " is on sale: take it off shelf (status 下架) before changing its specs or prices"));
            }
        }
        if (problems.size() == before) {
            problems.add(ImportProblem.at(rows.getFirst().number(), ImportColumn.SPEC_1_NAME,
                    ErrorCode.PRODUCT_ON_SALE_LOCKED, "product " + current.code()
                            + " is on sale: take it off shelf (status 下架) before changing its specs"));
        }
    }
}

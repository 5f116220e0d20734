package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.NewProduct;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductDetails;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductStatus;
import dev.zhanggui.catalog.RichTextSanitizer;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuDraft;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.SkuRevision;
import dev.zhanggui.catalog.Spec;
import dev.zhanggui.catalog.SkuMatrix;
import dev.zhanggui.catalog.SpecValue;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the rows of one file into products, checking every row: the cells, the agreement of a
 * product's rows about the product, the specs and their combinations, the codes, and the rules of
 * the product aggregate itself (which it runs on copies in memory). Every problem is collected;
 * the plan is good only if there is none.
 */
final class ProductImportPlanner {
    private final MerchantId merchant;
    private final Map<String, Product> existing;
    private final Map<String, String> skuCodeOwners;
    private final boolean editOnSaleAllowed;
    private final RichTextSanitizer sanitizer;
    private final Supplier<ProductId> productIds;
    private final Supplier<SkuId> skuIds;
    private final Instant now;
    private final List<ImportProblem> problems;
    private final ImportCells cells;

    ProductImportPlanner(MerchantId merchant, Map<String, Product> existing, Map<String, String> skuCodeOwners,
                         Map<String, List<CategoryId>> categoriesByName, boolean editOnSaleAllowed,
                         RichTextSanitizer sanitizer, Supplier<ProductId> productIds, Supplier<SkuId> skuIds, Instant now,
                         List<ImportProblem> problems) {
        this.merchant = merchant;
        this.existing = existing;
        this.skuCodeOwners = skuCodeOwners;
        this.editOnSaleAllowed = editOnSaleAllowed;
        this.sanitizer = sanitizer;
        this.productIds = productIds;
        this.skuIds = skuIds;
        this.now = now;
        this.problems = problems;
        this.cells = new ImportCells(problems, categoriesByName);
    }

    /** The plan; good only if no problem was added meanwhile. */
    ImportPlan plan(Map<String, List<ImportRow>> groups, ImportProgress progress) {
        List<ImportPlan.PlannedProduct> products = new ArrayList<>();
        List<ImportPlan.PlannedStock> stock = new ArrayList<>();
        int validated = 0;
        for (Map.Entry<String, List<ImportRow>> group : groups.entrySet()) {
            planProduct(group.getKey(), group.getValue(), products, stock);
            validated += group.getValue().size();
            progress.validated(validated);
        }
        return new ImportPlan(products, stock);
    }

    private void planProduct(String code, List<ImportRow> rows, List<ImportPlan.PlannedProduct> products,
                             List<ImportPlan.PlannedStock> stock) {
        int before = problems.size();
        Optional<Product> current = Optional.ofNullable(existing.get(code));
        Map<ImportColumn, ImportRow> productCells = productCells(rows);
        ImportRow first = rows.getFirst();
        Optional<ProductStatus> status = productCells.containsKey(ImportColumn.STATUS)
                ? cells.status(productCells.get(ImportColumn.STATUS)) : Optional.empty();
        Optional<Set<CategoryId>> categories = Optional.ofNullable(productCells.get(ImportColumn.CATEGORIES))
                .flatMap(cells::categories);
        Optional<Integer> sortOrder = Optional.ofNullable(productCells.get(ImportColumn.SORT_ORDER))
                .flatMap(r -> cells.whole(r, ImportColumn.SORT_ORDER, Integer.MIN_VALUE, Integer.MAX_VALUE,
                        ErrorCode.PRODUCT_INVALID)).map(Long::intValue);
        if (current.isEmpty() && !productCells.containsKey(ImportColumn.PRODUCT_NAME)) {
            cells.problem(first, ImportColumn.PRODUCT_NAME, ErrorCode.PRODUCT_INVALID,
                    "product name is required for a new product");
        }
        List<Spec> specs = specs(rows, productCells);
        List<SkuDraft> drafts = drafts(code, rows, specs, current);
        Map<Integer, Integer> stockByRow = new HashMap<>();
        rows.forEach(r -> cells.stock(r).ifPresent(q -> stockByRow.put(r.number(), q)));
        if (problems.size() > before) {
            return;
        }
        requireCompleteMatrix(first, specs, drafts, current);
        if (problems.size() > before) {
            return;
        }
        ProductDetails details = details(code, productCells, categories, sortOrder, current);
        Optional<Product> built = current.isEmpty()
                ? create(rows, new NewProduct(details, status, specs, drafts, Optional.empty()))
                : revise(rows, current.get().copy(), details, status, specs, drafts);
        built.ifPresent(product -> {
            Set<SkuId> previousSkus = current.map(p -> p.skus().stream().map(Sku::id).collect(Collectors.toSet()))
                    .orElse(Set.of());
            int created = (int) product.skus().stream().filter(s -> !previousSkus.contains(s.id())).count();
            products.add(new ImportPlan.PlannedProduct(product, current.isEmpty(), created, rows.size() - created,
                    rows.size()));
            Map<String, SkuId> byCombination = new HashMap<>();
            product.skus().forEach(s -> byCombination.put(key(s.specValues()), s.id()));
            for (int i = 0; i < rows.size(); i++) {
                Integer quantity = stockByRow.get(rows.get(i).number());
                if (quantity != null) {
                    stock.add(new ImportPlan.PlannedStock(rows.get(i).number(),
                            byCombination.get(key(drafts.get(i).specValues())), quantity));
                }
            }
        });
    }

    /** The product-level cells, each from the first row that fills it; later rows must agree or leave it blank. */
    private Map<ImportColumn, ImportRow> productCells(List<ImportRow> rows) {
        Map<ImportColumn, ImportRow> firstWith = new EnumMap<>(ImportColumn.class);
        for (ImportRow row : rows) {
            for (ImportColumn column : ImportColumn.values()) {
                boolean perProduct = column.productLevel() || isSpecName(column);
                if (!perProduct || column == ImportColumn.PRODUCT_CODE || !row.has(column)) {
                    continue;
                }
                ImportRow first = firstWith.putIfAbsent(column, row);
                if (first != null && !first.get(column).equals(row.get(column))) {
                    cells.problem(row, column, ErrorCode.IMPORT_ROW_INCONSISTENT, column.english() + " \""
                            + row.get(column) + "\" differs from \"" + first.get(column) + "\" on row "
                            + first.number() + " of the same product");
                }
            }
        }
        return firstWith;
    }

    private static boolean isSpecName(ImportColumn column) {
        for (ImportColumn[] spec : ImportColumn.SPECS) {
            if (spec[0] == column) {
                return true;
            }
        }
        return false;
    }

    /** The product's specs: names from the spec name columns, values in the order rows first give them. */
    private List<Spec> specs(List<ImportRow> rows, Map<ImportColumn, ImportRow> productCells) {
        List<Spec> specs = new ArrayList<>();
        boolean gap = false;
        for (ImportColumn[] columns : ImportColumn.SPECS) {
            ImportRow named = productCells.get(columns[0]);
            if (named == null) {
                gap = true;
                rows.stream().filter(r -> r.has(columns[1])).forEach(r -> cells.problem(r, columns[0],
                        ErrorCode.PRODUCT_SPECS_INVALID, "a spec value needs its spec name"));
                continue;
            }
            if (gap) {
                cells.problem(named, columns[0], ErrorCode.PRODUCT_SPECS_INVALID,
                        "fill the spec columns in order: " + columns[0].english() + " without the spec before it");
            }
            Set<String> values = new LinkedHashSet<>();
            for (ImportRow row : rows) {
                if (row.has(columns[1])) {
                    values.add(row.get(columns[1]));
                } else {
                    cells.problem(row, columns[1], ErrorCode.PRODUCT_SPECS_INVALID,
                            "a value of spec " + named.get(columns[0]) + " is required");
                }
            }
            specs.add(new Spec(named.get(columns[0]), List.copyOf(values)));
        }
        return specs;
    }

    /** One SKU draft per row, in row order; duplicate combinations and SKU codes of other products are problems. */
    private List<SkuDraft> drafts(String productCode, List<ImportRow> rows, List<Spec> specs,
                                  Optional<Product> current) {
        List<SkuDraft> drafts = new ArrayList<>();
        Map<String, Integer> combinationRows = new HashMap<>();
        for (ImportRow row : rows) {
            List<SpecValue> values = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                values.add(new SpecValue(specs.get(i).name(), row.get(ImportColumn.SPECS[i][1])));
            }
            Integer other = combinationRows.putIfAbsent(key(values), row.number());
            if (other != null) {
                cells.problem(row, specs.isEmpty() ? ImportColumn.PRODUCT_CODE : ImportColumn.SPEC_1_VALUE,
                        ErrorCode.PRODUCT_SPECS_INVALID, (specs.isEmpty()
                                ? "a product without specs has one row; product " + productCode + " is also on row "
                                : "the spec combination " + values + " is also on row ") + other);
            }
            String skuCode = row.get(ImportColumn.SKU_CODE);
            String owner = skuCodeOwners.get(skuCode);
            if (owner != null && !owner.equals(productCode)) {
                cells.problem(row, ImportColumn.SKU_CODE, ErrorCode.SKU_CODE_TAKEN,
                        "SKU code " + skuCode + " belongs to product " + owner);
            }
            Optional<Money> price = cells.money(row, ImportColumn.PRICE);
            Optional<Money> listPrice = cells.money(row, ImportColumn.LIST_PRICE);
            if (!row.has(ImportColumn.PRICE)) {
                cells.problem(row, ImportColumn.PRICE, ErrorCode.SKU_INVALID, "price is required");
            }
            long weight = cells.whole(row, ImportColumn.WEIGHT, 0, Integer.MAX_VALUE, ErrorCode.SKU_INVALID).orElse(0L);
            drafts.add(new SkuDraft(values, Optional.of(skuCode), Optional.of(row.get(ImportColumn.SKU_BARCODE)),
                    listPrice.or(() -> price).orElse(Money.zero()), price.orElse(Money.zero()), cells.points(row),
                    (int) weight, cells.money(row, ImportColumn.COST_PRICE)));
        }
        return drafts;
    }

    /** Every combination of the specs needs a row, unless the product already has a SKU for it. */
    private void requireCompleteMatrix(ImportRow first, List<Spec> specs, List<SkuDraft> drafts,
                                       Optional<Product> current) {
        Set<String> covered = new HashSet<>();
        drafts.forEach(d -> covered.add(key(d.specValues())));
        current.ifPresent(p -> p.skus().forEach(s -> covered.add(key(s.specValues()))));
        List<String> missing = new ArrayList<>();
        long combinations = specs.stream().mapToLong(s -> s.values().size()).reduce(1, Math::multiplyExact);
        if (combinations > 600) {
            cells.problem(first, ImportColumn.SPEC_1_VALUE, ErrorCode.PRODUCT_SPECS_INVALID,
                    "the specs make " + combinations + " combinations; at most 600 SKUs");
            return;
        }
        for (List<SpecValue> combination : SkuMatrix.combinations(specs)) {
            if (!covered.contains(key(combination))) {
                missing.add(combination.stream().map(SpecValue::toString).collect(Collectors.joining("/")));
            }
        }
        if (!missing.isEmpty()) {
            cells.problem(first, ImportColumn.SPEC_1_VALUE, ErrorCode.PRODUCT_SPECS_INVALID,
                    "every combination of the specs needs a row; missing " + String.join(", ",
                            missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? ", ..." : ""));
        }
    }

    private ProductDetails details(String code, Map<ImportColumn, ImportRow> cellsOf,
                                   Optional<Set<CategoryId>> categories, Optional<Integer> sortOrder,
                                   Optional<Product> current) {
        Optional<ProductDetails> was = current.map(Product::details);
        return new ProductDetails(code,
                text(cellsOf, ImportColumn.PRODUCT_NAME).orElseGet(() -> was.map(ProductDetails::name).orElse(null)),
                text(cellsOf, ImportColumn.PRODUCT_BARCODE).or(() -> was.flatMap(ProductDetails::barcode)),
                text(cellsOf, ImportColumn.DESCRIPTION).map(sanitizer::sanitize)
                        .or(() -> was.flatMap(ProductDetails::description)),
                Optional.ofNullable(cellsOf.get(ImportColumn.IMAGES)).map(ImportCells::images)
                        .orElseGet(() -> was.map(ProductDetails::images).orElse(List.of())),
                categories.orElseGet(() -> was.map(ProductDetails::categories).orElse(Set.of())),
                sortOrder.orElseGet(() -> was.map(ProductDetails::sortOrder).orElse(0)));
    }

    private static Optional<String> text(Map<ImportColumn, ImportRow> cellsOf, ImportColumn column) {
        return Optional.ofNullable(cellsOf.get(column)).map(r -> r.get(column));
    }

    private Optional<Product> create(List<ImportRow> rows, NewProduct request) {
        try {
            return Optional.of(Product.create(productIds.get(), merchant, request, skuIds, now));
        } catch (DomainException e) {
            ImportErrors.report(e, rows, problems);
            return Optional.empty();
        }
    }

    /**
     * Changes a copy of a stored product. Taking it off shelf comes first and putting it on sale
     * last, as staff would do by hand; so the on-sale lock applies to what stays on sale.
     */
    private Optional<Product> revise(List<ImportRow> rows, Product product, ProductDetails details,
                                     Optional<ProductStatus> status, List<Spec> specs, List<SkuDraft> drafts) {
        try {
            status.filter(s -> s != ProductStatus.ON_SALE).ifPresent(product::changeStatus);
            product.describe(details);
            try {
                product.reviseSkus(new SkuRevision(Optional.of(specs), drafts, Optional.empty()), editOnSaleAllowed,
                        skuIds);
            } catch (DomainException e) {
                if (e.code() != ErrorCode.PRODUCT_ON_SALE_LOCKED) {
                    throw e;
                }
                ImportErrors.onSaleLocked(product, rows, drafts, problems);
                return Optional.empty();
            }
            status.filter(s -> s == ProductStatus.ON_SALE).ifPresent(product::changeStatus);
            return Optional.of(product);
        } catch (DomainException e) {
            ImportErrors.report(e, rows, problems);
            return Optional.empty();
        }
    }

    /** A combination's identity, whatever order its values come in. */
    static String key(List<SpecValue> values) {
        return values.stream().map(v -> v.name() + "\u0001" + v.value()).sorted()
                .collect(Collectors.joining("\u0000"));
    }
}

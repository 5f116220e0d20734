package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.CatalogSettings;
import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryRepository;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.RichTextSanitizer;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.StoreRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product import (商品导入): staff hand over the rows of a spreadsheet; the whole file is checked
 * first, and either every row is imported in one unit of work (products and SKUs created or
 * changed by code, stock set in the warehouse or one store) or nothing is, and every bad row is
 * reported with its number, column and reason.
 */
public final class ProductImportService {
    /** The most data rows one file may have. */
    public static final int MAX_ROWS = 50_000;
    /** Products are written in chunks of this many, reporting progress after each. */
    static final int CHUNK = 500;

    private final ProductImportStore catalog;
    private final CategoryRepository categories;
    private final StockRepository stock;
    private final StoreRepository stores;
    private final CatalogSettings settings;
    private final RichTextSanitizer sanitizer;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ProductImportService(ProductImportStore catalog, CategoryRepository categories, StockRepository stock,
                                StoreRepository stores, CatalogSettings settings, RichTextSanitizer sanitizer,
                                Transactions transactions, IdGenerator ids, Clock clock) {
        this.catalog = catalog;
        this.categories = categories;
        this.stock = stock;
        this.stores = stores;
        this.settings = settings;
        this.sanitizer = sanitizer;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Checks the store an import would set stock in, before a job is accepted for it. */
    public void requireImportable(Actor actor, Optional<StoreId> store) {
        requireStaff(actor);
        store.ifPresent(s -> transactions.run(() -> {
            if (stores.find(actor.merchant(), s).isEmpty()) {
                throw DomainException.invalidField("store", ErrorCode.STORE_NOT_FOUND, "No store " + s);
            }
        }));
    }

    /** Imports the rows whole, or reports every problem and imports nothing. */
    public ImportResult importRows(Actor actor, Optional<StoreId> store, List<ImportRow> rows,
                                   ImportProgress progress) {
        requireStaff(actor);
        if (rows.size() > MAX_ROWS) {
            return ImportResult.rejected(List.of(ImportProblem.ofRow(MAX_ROWS + 2, ErrorCode.IMPORT_FILE_TOO_LARGE,
                    "a file may have at most " + MAX_ROWS + " data rows; this one has " + rows.size())));
        }
        requireImportable(actor, store);
        return transactions.inTransaction(() -> {
            List<ImportProblem> problems = new ArrayList<>();
            Map<String, List<ImportRow>> groups = ImportRowGroups.byProductCode(rows, problems);
            if (groups.isEmpty() && problems.isEmpty()) {
                problems.add(ImportProblem.ofRow(2, ErrorCode.IMPORT_FILE_INVALID, "the file has no data rows"));
            }
            Instant now = clock.instant();
            ProductImportPlanner planner = new ProductImportPlanner(actor.merchant(),
                    catalog.lockByCodes(actor.merchant(), groups.keySet()),
                    catalog.skuCodeOwners(actor.merchant(), skuCodes(rows)), categoriesByName(actor),
                    settings.allowEditOnSale(actor.merchant()), sanitizer, () -> new ProductId(ids.newId()),
                    () -> new SkuId(ids.newId()), now, problems);
            ImportPlan plan = planner.plan(groups, progress);
            StockLocation location = StockLocation.of(store);
            Map<SkuId, StockLevel> levels = problems.isEmpty() ? levelsBefore(actor, plan, location, problems)
                    : Map.of();
            if (!problems.isEmpty()) {
                return ImportResult.rejected(sorted(problems));
            }
            return ImportResult.imported(write(actor, plan, location, levels, progress, now));
        });
    }

    private ImportCounts write(Actor actor, ImportPlan plan, StockLocation location, Map<SkuId, StockLevel> levels,
                               ImportProgress progress, Instant now) {
        int rowsDone = 0;
        int created = 0;
        int skusCreated = 0;
        int skusUpdated = 0;
        List<ImportPlan.PlannedProduct> products = plan.products();
        for (int from = 0; from < products.size(); from += CHUNK) {
            List<ImportPlan.PlannedProduct> chunk = products.subList(from, Math.min(products.size(), from + CHUNK));
            List<Product> added = new ArrayList<>();
            List<Product> changed = new ArrayList<>();
            for (ImportPlan.PlannedProduct p : chunk) {
                (p.created() ? added : changed).add(p.product());
                created += p.created() ? 1 : 0;
                skusCreated += p.skusCreated();
                skusUpdated += p.skusUpdated();
                rowsDone += p.rows();
            }
            catalog.store(added, changed);
            progress.imported(rowsDone);
        }
        int stockSet = setStock(actor, plan, location, levels, now);
        return new ImportCounts(rowsDone, created, products.size() - created, skusCreated, skusUpdated, stockSet);
    }

    /** The levels before the import; a count below what orders have reserved is a problem of its row. */
    private Map<SkuId, StockLevel> levelsBefore(Actor actor, ImportPlan plan, StockLocation location,
                                                List<ImportProblem> problems) {
        List<SkuId> skus = plan.stock().stream().map(ImportPlan.PlannedStock::sku).toList();
        Map<SkuId, StockLevel> levels = skus.isEmpty() ? Map.of() : stock.levels(actor.merchant(), skus, location);
        for (ImportPlan.PlannedStock s : plan.stock()) {
            StockLevel level = levels.get(s.sku());
            if (level != null && s.quantity() < level.reserved()) {
                problems.add(ImportProblem.at(s.row(), ImportColumn.STOCK, ErrorCode.STOCK_INSUFFICIENT,
                        level.reserved() + " are reserved by orders; stock cannot be set below that"));
            }
        }
        return levels;
    }

    private int setStock(Actor actor, ImportPlan plan, StockLocation location, Map<SkuId, StockLevel> before,
                         Instant now) {
        List<StockLevel> levels = new ArrayList<>();
        List<StockMovement> movements = new ArrayList<>();
        for (ImportPlan.PlannedStock s : plan.stock()) {
            StockLevel was = before.getOrDefault(s.sku(), StockLevel.none(s.sku(), location));
            if (was.onHand() == s.quantity()) {
                continue;
            }
            levels.add(new StockLevel(s.sku(), location, s.quantity(), was.reserved()));
            movements.add(new StockMovement(ids.newId(), s.sku(), location, StockChangeReason.IMPORT,
                    Optional.of("row " + s.row()), s.quantity() - was.onHand(), was.onHand(), s.quantity(),
                    actor.subject(), now));
        }
        if (!levels.isEmpty()) {
            catalog.setStock(actor.merchant(), levels, movements, now);
        }
        return levels.size();
    }

    private Map<String, List<CategoryId>> categoriesByName(Actor actor) {
        Map<String, List<CategoryId>> byName = new HashMap<>();
        for (Category category : categories.all(actor.merchant())) {
            byName.computeIfAbsent(category.name(), n -> new ArrayList<>()).add(category.id());
        }
        return byName;
    }

    private static List<String> skuCodes(List<ImportRow> rows) {
        return rows.stream().map(r -> r.get(ImportColumn.SKU_CODE)).filter(c -> !c.isEmpty()).distinct().toList();
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        List<ImportProblem> ordered = problems.stream()
                .sorted(java.util.Comparator.comparingInt(ImportProblem::row)).toList();
        return ordered.size() > ImportResult.MAX_PROBLEMS ? ordered.subList(0, ImportResult.MAX_PROBLEMS) : ordered;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may import products");
        }
    }
}

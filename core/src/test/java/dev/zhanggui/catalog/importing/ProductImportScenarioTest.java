package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryDetails;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductStatus;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockMovementFilter;
import dev.zhanggui.catalog.importing.inmemory.ImmediateImportJobLauncher;
import dev.zhanggui.catalog.importing.inmemory.InMemoryImportJobRepository;
import dev.zhanggui.catalog.importing.inmemory.InMemoryProductImportStore;
import dev.zhanggui.catalog.inmemory.InMemoryCatalogSettings;
import dev.zhanggui.catalog.inmemory.InMemoryCategoryRepository;
import dev.zhanggui.catalog.inmemory.InMemoryProductRepository;
import dev.zhanggui.catalog.inmemory.InMemoryStockRepository;
import dev.zhanggui.catalog.inmemory.InMemoryStoreRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.catalog.importing.ImportColumn.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A merchant imports products from the template spreadsheet (商品导入): a good file creates the
 * products, SKUs and stock at once; a file with one bad row imports nothing and names the row; a
 * second file updates the products by code and keeps the SKUs that still exist.
 */
class ProductImportScenarioTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC);
    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryStockRepository stock = new InMemoryStockRepository();
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private final InMemoryCatalogSettings settings = new InMemoryCatalogSettings();
    private final ProductImportService imports = new ProductImportService(
            new InMemoryProductImportStore(products, stock), categories, stock, new InMemoryStoreRepository(),
            settings, html -> html.replaceAll("(?s)<script.*?</script>", ""), new InMemoryTransactions(), new TimeOrderedIdGenerator(clock), clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final CategoryId drinks = new CategoryId(UUID.randomUUID());

    ProductImportScenarioTest() {
        categories.add(Category.open(drinks, SHOP, Optional.empty(), new CategoryDetails("饮料", Optional.empty(), 0),
                clock.instant()));
    }

    /** A data row; {@code n} is its spreadsheet row number. */
    static ImportRow row(int n, Object... cells) {
        Map<ImportColumn, String> map = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i + 1 < cells.length; i += 2) {
            map.put((ImportColumn) cells[i], String.valueOf(cells[i + 1]));
        }
        return new ImportRow(n, map);
    }

    static List<ImportRow> teaWithSizesAndWater() {
        return List.of(
                row(2, PRODUCT_CODE, "TEA-1", PRODUCT_NAME, "乌龙茶", CATEGORIES, "饮料", STATUS, "出售中",
                        DESCRIPTION, "<p>安溪</p><script>alert(1)</script>",
                        SPEC_1_NAME, "规格", SPEC_1_VALUE, "500ml", SKU_CODE, "TEA-1-S", PRICE, "5.00", STOCK, "10"),
                row(3, PRODUCT_CODE, "TEA-1", SPEC_1_NAME, "规格", SPEC_1_VALUE, "1L", SKU_CODE, "TEA-1-L",
                        LIST_PRICE, "9.90", PRICE, "8.50", WEIGHT, "1050", STOCK, "4"),
                row(4, PRODUCT_CODE, "WATER-1", PRODUCT_NAME, "矿泉水", STATUS, "IN_WAREHOUSE", SKU_CODE, "WATER-1",
                        PRICE, "2", POINTS_PRICE, "200"));
    }

    @Test
    void a_good_file_creates_products_skus_and_stock_in_one_go() {
        ImportResult result = imports.importRows(staff, Optional.empty(), teaWithSizesAndWater(), ImportProgress.NONE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.counts()).contains(new ImportCounts(3, 2, 0, 3, 0, 2));
        Product tea = products.findByCode(SHOP, "TEA-1").orElseThrow();
        assertThat(tea.status()).isEqualTo(ProductStatus.ON_SALE);
        assertThat(tea.details().categories()).containsExactly(drinks);
        assertThat(tea.details().description()).contains("<p>安溪</p>");
        assertThat(tea.skus()).extracting(Sku::code).containsExactly("TEA-1-S", "TEA-1-L");
        Sku large = tea.skus().get(1);
        assertThat(large.price()).isEqualTo(Money.of("8.50"));
        assertThat(large.listPrice()).isEqualTo(Money.of("9.90"));
        assertThat(large.weightGrams()).isEqualTo(1050);
        assertThat(stock.levels(SHOP, List.of(large.id()), StockLocation.WAREHOUSE).get(large.id()).onHand())
                .isEqualTo(4);
        List<StockMovement> movements = stock.movements(SHOP, new StockMovementFilter(Optional.of(large.id()),
                Optional.empty()), PageRequest.first(10)).items();
        assertThat(movements).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(StockChangeReason.IMPORT);
            assertThat(m.onHandBefore()).isZero();
            assertThat(m.onHandAfter()).isEqualTo(4);
        });
        assertThat(products.findByCode(SHOP, "WATER-1").orElseThrow().skus().getFirst().listPrice())
                .isEqualTo(Money.of("2.00"));
    }

    @Test
    void one_bad_row_imports_nothing_and_is_named_with_its_column() {
        List<ImportRow> rows = new ArrayList<>(teaWithSizesAndWater());
        rows.add(row(5, PRODUCT_CODE, "JUICE-1", PRODUCT_NAME, "橙汁", SKU_CODE, "JUICE-1", PRICE, "abc"));
        rows.add(row(6, PRODUCT_CODE, "JUICE-2", PRODUCT_NAME, "苹果汁", CATEGORIES, "果汁", SKU_CODE, "TEA-1-S",
                PRICE, "3"));

        ImportResult result = imports.importRows(staff, Optional.empty(), rows, ImportProgress.NONE);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, p -> p.column().orElseThrow(), ImportProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, PRICE, ErrorCode.SKU_INVALID),
                        org.assertj.core.groups.Tuple.tuple(6, SKU_CODE, ErrorCode.SKU_CODE_TAKEN),
                        org.assertj.core.groups.Tuple.tuple(6, CATEGORIES, ErrorCode.CATEGORY_NOT_FOUND));
        assertThat(products.findByCode(SHOP, "TEA-1")).isEmpty();
        assertThat(products.findByCode(SHOP, "WATER-1")).isEmpty();
    }

    @Test
    void rows_of_one_product_must_agree_and_cover_every_spec_combination() {
        List<ImportRow> rows = List.of(
                row(2, PRODUCT_CODE, "ROD", PRODUCT_NAME, "晾衣杆", SPEC_1_NAME, "颜色", SPEC_1_VALUE, "红",
                        SPEC_2_NAME, "长度", SPEC_2_VALUE, "400mm", PRICE, "10"),
                row(3, PRODUCT_CODE, "ROD", PRODUCT_NAME, "晾衣架", SPEC_1_VALUE, "黄", SPEC_2_VALUE, "500mm",
                        PRICE, "10"),
                row(4, PRODUCT_CODE, "ROD", SPEC_1_VALUE, "黄", SPEC_2_VALUE, "500mm", PRICE, "11"));

        ImportResult result = imports.importRows(staff, Optional.empty(), rows, ImportProgress.NONE);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, ErrorCode.IMPORT_ROW_INCONSISTENT),
                org.assertj.core.groups.Tuple.tuple(4, ErrorCode.PRODUCT_SPECS_INVALID));
    }

    @Test
    void a_second_file_updates_by_code_and_keeps_the_skus_that_still_exist() {
        imports.importRows(staff, Optional.empty(), teaWithSizesAndWater(), ImportProgress.NONE);
        Product before = products.findByCode(SHOP, "TEA-1").orElseThrow();

        // Taking it off shelf (下架) in the same file lifts the on-sale lock, as doing it by hand first would.
        ImportResult result = imports.importRows(staff, Optional.empty(), List.of(
                row(2, PRODUCT_CODE, "TEA-1", PRODUCT_NAME, "冻顶乌龙茶", STATUS, "下架", SPEC_1_NAME, "规格", SPEC_1_VALUE, "1L",
                        SKU_CODE, "TEA-1-L", PRICE, "7.50"),
                row(3, PRODUCT_CODE, "TEA-1", SPEC_1_NAME, "规格", SPEC_1_VALUE, "2L", SKU_CODE, "TEA-1-XL",
                        PRICE, "12.00", STOCK, "3")), ImportProgress.NONE);

        assertThat(result.counts()).contains(new ImportCounts(2, 0, 1, 1, 1, 1));
        Product after = products.findByCode(SHOP, "TEA-1").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.details().name()).isEqualTo("冻顶乌龙茶");
        assertThat(after.status()).isEqualTo(ProductStatus.OFF_SHELF);
        assertThat(after.details().categories()).containsExactly(drinks);
        assertThat(after.skus()).extracting(Sku::code).containsExactly("TEA-1-L", "TEA-1-XL");
        assertThat(after.skus().getFirst().id()).isEqualTo(before.skus().get(1).id());
        assertThat(after.skus().getFirst().price()).isEqualTo(Money.of("7.50"));
    }

    @Test
    void an_on_sale_product_is_locked_against_price_changes_row_by_row() {
        imports.importRows(staff, Optional.empty(), teaWithSizesAndWater(), ImportProgress.NONE);

        ImportResult result = imports.importRows(staff, Optional.empty(), List.of(
                row(2, PRODUCT_CODE, "TEA-1", SPEC_1_NAME, "规格", SPEC_1_VALUE, "500ml", SKU_CODE, "TEA-1-S",
                        PRICE, "5.00"),
                row(3, PRODUCT_CODE, "TEA-1", SPEC_1_NAME, "规格", SPEC_1_VALUE, "1L", SKU_CODE, "TEA-1-L",
                        LIST_PRICE, "9.90", PRICE, "9.00")), ImportProgress.NONE);

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, ErrorCode.PRODUCT_ON_SALE_LOCKED));
        assertThat(products.findByCode(SHOP, "TEA-1").orElseThrow().skus().get(1).price())
                .isEqualTo(Money.of("8.50"));

        settings.allowEditOnSale(SHOP, true);
        assertThat(imports.importRows(staff, Optional.empty(), List.of(row(3, PRODUCT_CODE, "TEA-1",
                SPEC_1_NAME, "规格", SPEC_1_VALUE, "1L", SKU_CODE, "TEA-1-L", PRICE, "9.00")), ImportProgress.NONE)
                .succeeded()).isTrue();
    }

    @Test
    void a_job_runs_the_import_and_a_job_without_heartbeat_is_failed() {
        InMemoryImportJobRepository jobRepository = new InMemoryImportJobRepository();
        ProductImportJobs jobs = new ProductImportJobs(imports, jobRepository, new ImmediateImportJobLauncher(),
                new InMemoryTransactions(), new TimeOrderedIdGenerator(clock), clock);

        ImportJob job = jobs.start(staff, Optional.empty(), "商品.xlsx", teaWithSizesAndWater());

        ImportJob done = jobs.get(staff, job.id());
        assertThat(done.status()).isEqualTo(ImportJobStatus.SUCCEEDED);
        assertThat(done.rowsImported()).isEqualTo(3);
        assertThat(done.counts().orElseThrow().productsCreated()).isEqualTo(2);
        assertThatThrownBy(() -> jobs.get(Actor.staff(MerchantId.of("other"), "s"), job.id()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.IMPORT_NOT_FOUND);

        ImportJob stuck = ImportJob.queued(UUID.randomUUID(), SHOP, "x.csv", Optional.empty(), "staff-1", 1,
                clock.instant().minusSeconds(3600)).running(clock.instant().minusSeconds(3600));
        jobRepository.add(stuck);
        assertThat(jobs.failStale(java.time.Duration.ofMinutes(10))).isEqualTo(1);
        assertThat(jobs.get(staff, stuck.id()).status()).isEqualTo(ImportJobStatus.FAILED);
    }

    @Test
    void progress_is_reported_and_customers_may_not_import() {
        List<Integer> validated = new ArrayList<>();
        List<Integer> imported = new ArrayList<>();
        imports.importRows(staff, Optional.empty(), teaWithSizesAndWater(), new ImportProgress() {
            @Override
            public void validated(int rows) {
                validated.add(rows);
            }

            @Override
            public void imported(int rows) {
                imported.add(rows);
            }
        });
        assertThat(validated).containsExactly(2, 3);
        assertThat(imported).containsExactly(3);
        assertThatThrownBy(() -> imports.importRows(Actor.customer(SHOP, "kc", "13800000001"), Optional.empty(),
                teaWithSizesAndWater(), ImportProgress.NONE)).hasFieldOrPropertyWithValue("code", ErrorCode.FORBIDDEN);
    }
}

package dev.zhanggui.catalog;

import dev.zhanggui.catalog.inmemory.InMemoryCatalogSettings;
import dev.zhanggui.catalog.inmemory.InMemoryProductCategoryCheck;
import dev.zhanggui.catalog.inmemory.InMemoryProductRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A merchant keeping products with specs (规格) and SKUs, shelving them, and customers browsing. */
class ProductScenarioTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCatalogSettings settings = new InMemoryCatalogSettings();
    private final InMemoryProductCategoryCheck categories = new InMemoryProductCategoryCheck();
    private final ProductService products = new ProductService(new InMemoryProductRepository(), categories, settings,
            html -> html.replaceAll("(?s)<script.*?</script>", ""), new InMemoryTransactions(),
            new TimeOrderedIdGenerator(clock), clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final Actor customer = Actor.customer(SHOP, "kc-1", "13800000001");

    static final List<Spec> COLOUR_AND_LENGTH = List.of(new Spec("颜色", List.of("红", "黄")),
            new Spec("长度", List.of("400mm", "500mm")));

    static SkuDraft draft(String price, String... specValues) {
        List<SpecValue> values = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < specValues.length; i += 2) {
            values.add(new SpecValue(specValues[i], specValues[i + 1]));
        }
        return new SkuDraft(values, Optional.empty(), Optional.empty(), Money.of(price), Money.of(price),
                Optional.empty(), 100);
    }

    static ProductDetails details(String code, String name) {
        return new ProductDetails(code, name, Optional.empty(), Optional.empty(), List.of(), Set.of(), 0);
    }

    private Product createWithSpecs() {
        return products.create(staff, new NewProduct(details("P001", "晾衣杆"), Optional.empty(), COLOUR_AND_LENGTH,
                List.of(draft("12.00", "颜色", "红", "长度", "500mm")), Optional.of(draft("10.00"))));
    }

    @Test
    void specs_make_one_sku_per_combination_with_drafts_and_a_template() {
        Product product = createWithSpecs();

        assertThat(product.status()).isEqualTo(ProductStatus.IN_WAREHOUSE);
        assertThat(product.skus()).extracting(s -> s.specValues().toString()).containsExactly(
                "[颜色:红, 长度:400mm]", "[颜色:红, 长度:500mm]", "[颜色:黄, 长度:400mm]", "[颜色:黄, 长度:500mm]");
        assertThat(product.skus()).extracting(s -> s.price().toString()).containsExactly("10.00", "12.00", "10.00", "10.00");
        assertThat(product.skus()).extracting(Sku::code).doesNotHaveDuplicates().allMatch(c -> c.startsWith("P001-"));
        assertThat(product.lowestPrice()).isEqualTo(Money.of("10.00"));
    }

    @Test
    void a_product_without_specs_has_exactly_one_sku() {
        Product product = products.create(staff, new NewProduct(details("P002", "一次性无菌注射器"), Optional.empty(),
                List.of(), List.of(new SkuDraft(List.of(), Optional.of("S-002"), Optional.of("6901234567890"),
                Money.of("9.90"), Money.of("8.80"), Optional.of(Points.of(880)), 20)), Optional.empty()));

        assertThat(product.skus()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("S-002");
            assertThat(s.pointsPrice()).contains(Points.of(880));
        });
    }

    @Test
    void changing_specs_keeps_the_skus_whose_combination_still_exists() {
        Product product = createWithSpecs();
        Sku redLong = product.skus().get(1);
        List<Spec> newSpecs = List.of(new Spec("颜色", List.of("红", "蓝")), new Spec("长度", List.of("500mm", "400mm")));

        Product changed = products.update(staff, product.id(), change(new SkuRevision(Optional.of(newSpecs),
                List.of(draft("15.00", "长度", "400mm", "颜色", "蓝")), Optional.of(draft("11.00")))), Optional.empty());

        assertThat(changed.skus()).hasSize(4);
        Sku kept = changed.skus().stream().filter(s -> s.id().equals(redLong.id())).findFirst().orElseThrow();
        assertThat(kept).isEqualTo(redLong);
        assertThat(changed.skus()).extracting(s -> s.specValues().toString()).containsExactly(
                "[颜色:红, 长度:500mm]", "[颜色:红, 长度:400mm]", "[颜色:蓝, 长度:500mm]", "[颜色:蓝, 长度:400mm]");
        assertThat(changed.skus().get(1).id()).isEqualTo(product.skus().get(0).id());
        assertThat(changed.skus().get(3).price()).isEqualTo(Money.of("15.00"));
        assertThat(changed.skus().get(2).price()).isEqualTo(Money.of("11.00"));
        assertThat(changed.skus()).extracting(Sku::code).doesNotHaveDuplicates();
    }

    @Test
    void a_new_combination_without_data_is_refused() {
        Product product = createWithSpecs();
        List<Spec> newSpecs = List.of(new Spec("颜色", List.of("红", "黄", "绿")), COLOUR_AND_LENGTH.get(1));

        assertThatThrownBy(() -> products.update(staff, product.id(),
                change(new SkuRevision(Optional.of(newSpecs), List.of(), Optional.empty())), Optional.empty()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PRODUCT_SPECS_INVALID);
    }

    @Test
    void on_sale_specs_and_prices_are_locked_unless_the_merchant_lifts_the_rule() {
        Product product = createWithSpecs();
        products.changeStatus(staff, product.id(), ProductStatus.ON_SALE, Optional.empty());
        SkuRevision reprice = new SkuRevision(Optional.empty(),
                List.of(draft("99.00", "颜色", "红", "长度", "400mm")), Optional.empty());

        assertThatThrownBy(() -> products.update(staff, product.id(), change(reprice), Optional.empty()))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PRODUCT_ON_SALE_LOCKED);
        Product renamed = products.update(staff, product.id(), new ProductChange(null, Optional.of("新晾衣杆"), null,
                null, null, null, Optional.of(5), null), Optional.empty());
        assertThat(renamed.details().name()).isEqualTo("新晾衣杆");

        settings.allowEditOnSale(SHOP, true);
        Product repriced = products.update(staff, product.id(), change(reprice), Optional.empty());
        assertThat(repriced.skus().getFirst().price()).isEqualTo(Money.of("99.00"));
    }

    @Test
    void on_sale_the_cost_price_may_change_because_customers_do_not_pay_it() {
        Product product = createWithSpecs();
        products.changeStatus(staff, product.id(), ProductStatus.ON_SALE, Optional.empty());
        SkuDraft same = draft("10.00", "颜色", "红", "长度", "400mm");
        SkuDraft costed = new SkuDraft(same.specValues(), Optional.empty(), Optional.empty(), same.listPrice(),
                same.price(), Optional.empty(), same.weightGrams(), Optional.of(Money.of("6.20")));

        Product changed = products.update(staff, product.id(),
                change(new SkuRevision(Optional.empty(), List.of(costed), Optional.empty())), Optional.empty());

        assertThat(changed.skus().getFirst().costPrice()).contains(Money.of("6.20"));
        assertThat(changed.skus().subList(1, 4)).allSatisfy(sku -> assertThat(sku.costPrice()).isEmpty());
        SkuDraft negative = new SkuDraft(same.specValues(), Optional.empty(), Optional.empty(), same.listPrice(),
                same.price(), Optional.empty(), same.weightGrams(), Optional.of(Money.of("-0.01")));
        assertThatThrownBy(() -> products.update(staff, product.id(),
                change(new SkuRevision(Optional.empty(), List.of(negative), Optional.empty())), Optional.empty()))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.SKU_INVALID);
    }

    @Test
    void off_shelf_the_product_can_be_edited_again() {
        Product product = createWithSpecs();
        products.changeStatus(staff, product.id(), ProductStatus.ON_SALE, Optional.empty());
        products.changeStatus(staff, product.id(), ProductStatus.OFF_SHELF, Optional.empty());

        Product changed = products.update(staff, product.id(), change(new SkuRevision(Optional.of(List.of()),
                List.of(draft("5.00")), Optional.empty())), Optional.empty());

        assertThat(changed.skus()).singleElement().extracting(Sku::price).isEqualTo(Money.of("5.00"));
    }

    @Test
    void customers_see_products_on_sale_only() {
        Product product = createWithSpecs();

        assertThatThrownBy(() -> products.get(customer, product.id()))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PRODUCT_NOT_FOUND);
        assertThat(products.search(customer, ProductQuery.ALL.withStatus(ProductStatus.IN_WAREHOUSE),
                dev.zhanggui.shared.PageRequest.first(10)).items()).isEmpty();
        assertThat(products.get(staff, product.id()).id()).isEqualTo(product.id());

        products.changeStatus(staff, product.id(), ProductStatus.ON_SALE, Optional.empty());
        assertThat(products.get(customer, product.id()).id()).isEqualTo(product.id());
        assertThatThrownBy(() -> products.changeStatus(customer, product.id(), ProductStatus.OFF_SHELF, Optional.empty()))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void invalid_fields_are_all_named() {
        ProductDetails bad = new ProductDetails("has space", "", Optional.empty(), Optional.empty(),
                List.of("javascript:alert(1)"), Set.of(), 0);
        SkuDraft negative = new SkuDraft(List.of(), Optional.empty(), Optional.empty(), Money.of("-1.00"),
                Money.of("1.00"), Optional.empty(), -5);

        assertThatThrownBy(() -> products.create(staff, new NewProduct(bad, Optional.empty(), List.of(),
                List.of(negative), Optional.empty())))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors()).extracting(FieldError::field)
                        .contains("code", "name", "images[0]", "skus[0].listPrice", "skus[0].weightGrams"));
    }

    @Test
    void duplicate_spec_values_and_unknown_categories_are_refused() {
        assertThatThrownBy(() -> products.create(staff, new NewProduct(details("P003", "x"), Optional.empty(),
                List.of(new Spec("颜色", List.of("红", "红"))), List.of(), Optional.of(draft("1.00")))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PRODUCT_SPECS_INVALID);
        CategoryId unknown = new CategoryId(UUID.randomUUID());
        ProductDetails inUnknown = new ProductDetails("P004", "x", Optional.empty(), Optional.empty(), List.of(),
                Set.of(unknown), 0);
        assertThatThrownBy(() -> products.create(staff, new NewProduct(inUnknown, Optional.empty(), List.of(),
                List.of(draft("1.00")), Optional.empty())))
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors()).extracting(FieldError::code)
                        .containsExactly(ErrorCode.CATEGORY_NOT_FOUND));
    }

    @Test
    void codes_are_unique_per_merchant_and_descriptions_are_sanitized() {
        createWithSpecs();
        assertThatThrownBy(this::createWithSpecs)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PRODUCT_CODE_TAKEN);
        Product product = products.create(staff, new NewProduct(new ProductDetails("P005", "x", Optional.empty(),
                Optional.of("<p>好</p><script>alert(1)</script>"), List.of(), Set.of(), 0), Optional.of(ProductStatus.ON_SALE),
                List.of(), List.of(draft("1.00")), Optional.empty()));
        assertThat(product.details().description()).contains("<p>好</p>");
        assertThat(product.status()).isEqualTo(ProductStatus.ON_SALE);
    }

    @Test
    void a_barcode_scan_finds_the_sku_then_the_product() {
        Product product = products.create(staff, new NewProduct(new ProductDetails("P006", "x", Optional.of("690000"),
                Optional.empty(), List.of(), Set.of(), 0), Optional.of(ProductStatus.ON_SALE), List.of(),
                List.of(new SkuDraft(List.of(), Optional.empty(), Optional.of("690001"), Money.of("1.00"),
                        Money.of("1.00"), Optional.empty(), 0)), Optional.empty()));

        assertThat(products.scan(customer, "690001").sku().id()).isEqualTo(product.skus().getFirst().id());
        assertThat(products.scan(customer, "690000").product().id()).isEqualTo(product.id());
        assertThatThrownBy(() -> products.scan(customer, "000"))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.SKU_NOT_FOUND);
    }

    private static ProductChange change(SkuRevision revision) {
        return new ProductChange(null, null, null, null, null, null, null, Optional.of(revision));
    }
}

package dev.zhanggui.catalog;

import dev.zhanggui.catalog.inmemory.InMemoryCatalogSettings;
import dev.zhanggui.catalog.inmemory.InMemoryPlacementRepository;
import dev.zhanggui.catalog.inmemory.InMemoryProductCategoryCheck;
import dev.zhanggui.catalog.inmemory.InMemoryProductRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.zhanggui.catalog.ProductScenarioTest.SHOP;
import static dev.zhanggui.catalog.ProductScenarioTest.details;
import static dev.zhanggui.catalog.ProductScenarioTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A merchant features products on its home page (首页焦点图, 首页商品设置); shoppers see those on sale. */
class PlacementScenarioTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC);
    private final InMemoryProductRepository repository = new InMemoryProductRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ProductService products = new ProductService(repository, new InMemoryProductCategoryCheck(),
            new InMemoryCatalogSettings(), html -> html, transactions, new TimeOrderedIdGenerator(clock), clock);
    private final PlacementService placements = new PlacementService(new InMemoryPlacementRepository(), repository,
            transactions);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final Actor customer = Actor.customer(SHOP, "kc-1", "13800000001");
    private final Actor anonymous = new Actor(SHOP, "anonymous", Actor.Kind.ANONYMOUS, Optional.empty());

    private ProductId product(String code, ProductStatus status) {
        return products.create(staff, new NewProduct(details(code, code), Optional.of(status), List.of(),
                List.of(draft("10.00")), Optional.empty())).id();
    }

    private static List<ProductId> ids(Placement placement) {
        return placement.products().stream().map(Product::id).toList();
    }

    @Test
    void staff_set_the_ordered_list_and_replacing_it_reorders() {
        ProductId a = product("A", ProductStatus.ON_SALE);
        ProductId b = product("B", ProductStatus.ON_SALE);
        ProductId c = product("C", ProductStatus.ON_SALE);

        assertThat(ids(placements.setPlacement(staff, "home-carousel", List.of(b, a, c)))).containsExactly(b, a, c);
        assertThat(ids(placements.get(anonymous, "home-carousel"))).containsExactly(b, a, c);

        placements.setPlacement(staff, "home-carousel", List.of(c, b));
        assertThat(ids(placements.get(customer, "home-carousel"))).containsExactly(c, b);
        assertThat(ids(placements.get(customer, "home-list"))).isEmpty();

        placements.setPlacement(staff, "home-carousel", List.of());
        assertThat(ids(placements.get(staff, "home-carousel"))).isEmpty();
    }

    @Test
    void shoppers_see_only_products_on_sale_and_staff_see_all() {
        ProductId onSale = product("ON", ProductStatus.ON_SALE);
        ProductId inWarehouse = product("WH", ProductStatus.IN_WAREHOUSE);
        placements.setPlacement(staff, "home-list", List.of(inWarehouse, onSale));

        assertThat(ids(placements.get(anonymous, "home-list"))).containsExactly(onSale);
        assertThat(ids(placements.get(customer, "home-list"))).containsExactly(onSale);
        assertThat(ids(placements.get(staff, "home-list"))).containsExactly(inWarehouse, onSale);
    }

    @Test
    void unknown_duplicate_and_too_many_products_are_refused_naming_the_index() {
        ProductId a = product("A", ProductStatus.ON_SALE);
        ProductId unknown = new ProductId(UUID.randomUUID());
        ProductId otherShops = products.create(Actor.staff(MerchantId.of("other"), "s"), new NewProduct(
                details("X", "X"), Optional.empty(), List.of(), List.of(draft("1.00")), Optional.empty())).id();

        assertThatThrownBy(() -> placements.setPlacement(staff, "home", List.of(a, unknown, otherShops)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PLACEMENT_INVALID);
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactly(
                            Tuple.tuple("productIds[1]", ErrorCode.PRODUCT_NOT_FOUND),
                            Tuple.tuple("productIds[2]", ErrorCode.PRODUCT_NOT_FOUND));
                });
        assertThatThrownBy(() -> placements.setPlacement(staff, "home", List.of(a, a)))
                .extracting("fieldErrors").asList().extracting("field").containsExactly("productIds[1]");
        List<ProductId> many = new ArrayList<>();
        IntStream.range(0, 51).forEach(i -> many.add(new ProductId(UUID.randomUUID())));
        assertThatThrownBy(() -> placements.setPlacement(staff, "home", many))
                .extracting("fieldErrors").asList().extracting("field").containsExactly("productIds");
        assertThatThrownBy(() -> PlacementService.productIds(List.of(a.toString(), "nope")))
                .extracting("fieldErrors").asList().extracting("field").containsExactly("productIds[1]");
        assertThat(ids(placements.get(staff, "home"))).isEmpty();
    }

    @Test
    void a_bad_code_is_refused_and_shoppers_cannot_set_a_placement() {
        for (String bad : List.of("", "Home", "home_list", "a".repeat(33), "首页")) {
            assertThatThrownBy(() -> placements.get(anonymous, bad))
                    .extracting("code").isEqualTo(ErrorCode.PLACEMENT_INVALID);
        }
        assertThat(placements.get(anonymous, "a".repeat(32)).products()).isEmpty();
        assertThatThrownBy(() -> placements.setPlacement(staff, "Home", List.of()))
                .extracting("fieldErrors").asList().extracting("field").containsExactly("code");
        assertThatThrownBy(() -> placements.setPlacement(customer, "home", List.of()))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> placements.setPlacement(anonymous, "home", List.of()))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }
}

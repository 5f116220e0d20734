package dev.zhanggui.catalog;

import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.catalog.inmemory.InMemoryCatalogSettings;
import dev.zhanggui.catalog.inmemory.InMemoryFavoriteRepository;
import dev.zhanggui.catalog.inmemory.InMemoryProductCategoryCheck;
import dev.zhanggui.catalog.inmemory.InMemoryProductRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A customer keeping favourites (收藏) of products on sale, and listing them newest first. */
class FavoriteScenarioTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    private final Clock clock = ManualClock.ticking(Instant.parse("2026-06-08T02:00:00Z"), Duration.ofSeconds(1));
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryProductRepository productRepository = new InMemoryProductRepository();
    private final ProductService products = new ProductService(productRepository, new InMemoryProductCategoryCheck(),
            new InMemoryCatalogSettings(), html -> html, transactions, new TimeOrderedIdGenerator(clock), clock);
    private final CustomerService customers = new CustomerService(new InMemoryCustomerRepository(),
            new DefaultPhoneNumberPolicy(), transactions, new RecordingEventPublisher(),
            new TimeOrderedIdGenerator(clock), clock);
    private final FavoriteService favorites = new FavoriteService(new InMemoryFavoriteRepository(productRepository),
            productRepository, customers, transactions, clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final Actor alice = Actor.customer(SHOP, "kc-1", "13800000001");
    private final Actor bob = Actor.customer(SHOP, "kc-2", "13800000002");

    private int codes;

    private Product product(ProductStatus status) {
        Product p = products.create(staff, new NewProduct(ProductScenarioTest.details("F" + ++codes, "收藏品"),
                Optional.empty(), List.of(), List.of(), Optional.of(ProductScenarioTest.draft("9.90"))));
        return status == ProductStatus.IN_WAREHOUSE ? p
                : products.changeStatus(staff, p.id(), status, Optional.empty());
    }

    private List<ProductId> listed(Actor actor) {
        return favorites.list(actor, PageRequest.first(100)).items().stream().map(Product::id).toList();
    }

    @Test
    void favourites_are_listed_newest_first_and_adding_twice_keeps_one() {
        Product first = product(ProductStatus.ON_SALE);
        Product second = product(ProductStatus.ON_SALE);

        favorites.add(alice, first.id());
        favorites.add(alice, second.id());
        favorites.add(alice, first.id());

        assertThat(listed(alice)).containsExactly(second.id(), first.id());
        assertThat(favorites.isFavorite(alice, first.id())).isTrue();
        assertThat(listed(bob)).isEmpty();
        assertThat(favorites.isFavorite(bob, first.id())).isFalse();
    }

    @Test
    void pages_follow_the_cursor() {
        List<Product> kept = List.of(product(ProductStatus.ON_SALE), product(ProductStatus.ON_SALE),
                product(ProductStatus.ON_SALE));
        kept.forEach(p -> favorites.add(alice, p.id()));

        Page<Product> page1 = favorites.list(alice, PageRequest.first(2));
        Page<Product> page2 = favorites.list(alice, new PageRequest(2, page1.next()));

        assertThat(page1.items()).extracting(Product::id).containsExactly(kept.get(2).id(), kept.get(1).id());
        assertThat(page2.items()).extracting(Product::id).containsExactly(kept.get(0).id());
        assertThat(page2.next()).isEmpty();
    }

    @Test
    void removing_is_fine_also_when_not_there() {
        Product p = product(ProductStatus.ON_SALE);
        favorites.add(alice, p.id());

        favorites.remove(alice, p.id());
        favorites.remove(alice, p.id());

        assertThat(listed(alice)).isEmpty();
        assertThat(favorites.isFavorite(alice, p.id())).isFalse();
    }

    @Test
    void only_products_on_sale_can_be_added_and_listed() {
        Product inWarehouse = product(ProductStatus.IN_WAREHOUSE);
        Product later = product(ProductStatus.ON_SALE);
        favorites.add(alice, later.id());

        assertThatThrownBy(() -> favorites.add(alice, inWarehouse.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRODUCT_NOT_FOUND));
        assertThatThrownBy(() -> favorites.add(alice, new ProductId(UUID.randomUUID())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRODUCT_NOT_FOUND));

        products.changeStatus(staff, later.id(), ProductStatus.OFF_SHELF, Optional.empty());
        assertThat(listed(alice)).isEmpty();
        assertThat(favorites.isFavorite(alice, later.id())).isFalse();

        products.changeStatus(staff, later.id(), ProductStatus.ON_SALE, Optional.empty());
        assertThat(listed(alice)).containsExactly(later.id());
    }

    @Test
    void at_most_500_favourites() {
        for (int i = 0; i < FavoriteService.LIMIT; i++) {
            favorites.add(alice, product(ProductStatus.ON_SALE).id());
        }
        Product oneMore = product(ProductStatus.ON_SALE);

        assertThatThrownBy(() -> favorites.add(alice, oneMore.id()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FAVORITE_LIMIT));
        favorites.add(alice, listed(alice).getFirst());
    }

    @Test
    void only_customers_have_favourites() {
        Product p = product(ProductStatus.ON_SALE);

        assertThatThrownBy(() -> favorites.add(staff, p.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> favorites.list(staff, PageRequest.first(10)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }
}

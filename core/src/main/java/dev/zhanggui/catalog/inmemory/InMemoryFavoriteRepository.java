package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.FavoriteRepository;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Favourites in memory; products are looked up in the given product repository. */
public final class InMemoryFavoriteRepository implements FavoriteRepository {
    private record Favorite(MerchantId merchant, CustomerId customer, ProductId product, Instant at) {
        String position() {
            return at + "|" + product;
        }
    }

    private static final Comparator<Favorite> NEWEST_FIRST = Comparator.comparing(Favorite::at)
            .thenComparing(f -> f.product().value()).reversed();

    private final List<Favorite> favorites = new ArrayList<>();
    private final ProductRepository products;

    public InMemoryFavoriteRepository(ProductRepository products) {
        this.products = products;
    }

    @Override
    public synchronized boolean contains(MerchantId merchant, CustomerId customer, ProductId product) {
        return find(merchant, customer, product).isPresent();
    }

    @Override
    public synchronized int count(MerchantId merchant, CustomerId customer) {
        return (int) favorites.stream().filter(f -> f.merchant().equals(merchant) && f.customer().equals(customer))
                .count();
    }

    @Override
    public synchronized void add(MerchantId merchant, CustomerId customer, ProductId product, Instant at) {
        if (find(merchant, customer, product).isEmpty()) {
            favorites.add(new Favorite(merchant, customer, product, at));
        }
    }

    @Override
    public synchronized void remove(MerchantId merchant, CustomerId customer, ProductId product) {
        find(merchant, customer, product).ifPresent(favorites::remove);
    }

    @Override
    public synchronized Page<Product> listOnSale(MerchantId merchant, CustomerId customer, PageRequest page) {
        Optional<Favorite> after = page.afterPosition().map(InMemoryFavoriteRepository::parse);
        List<Favorite> rows = favorites.stream()
                .filter(f -> f.merchant().equals(merchant) && f.customer().equals(customer))
                .filter(f -> after.map(a -> NEWEST_FIRST.compare(f, a) > 0).orElse(true))
                .filter(f -> products.find(merchant, f.product()).filter(Product::visibleToCustomers).isPresent())
                .sorted(NEWEST_FIRST)
                .limit(page.limit() + 1L)
                .toList();
        return Page.fromOverfetch(rows, page.limit(), Favorite::position)
                .map(f -> products.find(merchant, f.product()).orElseThrow());
    }

    private Optional<Favorite> find(MerchantId merchant, CustomerId customer, ProductId product) {
        return favorites.stream().filter(f -> f.merchant().equals(merchant) && f.customer().equals(customer)
                && f.product().equals(product)).findFirst();
    }

    private static Favorite parse(String position) {
        try {
            String[] parts = position.split("\\|");
            return new Favorite(null, null, new ProductId(UUID.fromString(parts[1])), Instant.parse(parts[0]));
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }
}

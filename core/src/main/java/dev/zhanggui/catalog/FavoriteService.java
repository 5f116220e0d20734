package dev.zhanggui.catalog;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * The favourites use cases (收藏): a customer keeps products they can see, at most {@link #LIMIT},
 * and lists them newest first. Only a customer has favourites, kept on their own record (from
 * {@link CustomerService#me}); products taken off sale stay kept but are not listed.
 */
public final class FavoriteService {
    public static final int LIMIT = 500;

    private final FavoriteRepository favorites;
    private final ProductRepository products;
    private final CustomerService customers;
    private final Transactions transactions;
    private final Clock clock;

    public FavoriteService(FavoriteRepository favorites, ProductRepository products, CustomerService customers,
                           Transactions transactions, Clock clock) {
        this.favorites = favorites;
        this.products = products;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Adds a product the customer can see; adding it again keeps the one favourite. */
    public void add(Actor actor, ProductId product) {
        Customer me = customers.me(actor);
        transactions.run(() -> {
            products.find(actor.merchant(), product).filter(Product::visibleToCustomers)
                    .orElseThrow(() -> new DomainException(ErrorCode.PRODUCT_NOT_FOUND, "No product " + product));
            if (favorites.contains(actor.merchant(), me.id(), product)) {
                return;
            }
            if (favorites.count(actor.merchant(), me.id()) >= LIMIT) {
                throw new DomainException(ErrorCode.FAVORITE_LIMIT,
                        "A customer can keep at most " + LIMIT + " favourites");
            }
            // Microseconds, as the database keeps them, so that a cursor names the stored time.
            favorites.add(actor.merchant(), me.id(), product, clock.instant().truncatedTo(ChronoUnit.MICROS));
        });
    }

    /** Removes a favourite; removing one that is not there is fine. */
    public void remove(Actor actor, ProductId product) {
        Customer me = customers.me(actor);
        transactions.run(() -> favorites.remove(actor.merchant(), me.id(), product));
    }

    /** The customer's favourite products on sale, newest favourite first. */
    public Page<Product> list(Actor actor, PageRequest page) {
        Customer me = customers.me(actor);
        return transactions.inTransaction(() -> favorites.listOnSale(actor.merchant(), me.id(), page));
    }

    public boolean isFavorite(Actor actor, ProductId product) {
        Customer me = customers.me(actor);
        return transactions.inTransaction(() -> favorites.contains(actor.merchant(), me.id(), product)
                && products.find(actor.merchant(), product).filter(Product::visibleToCustomers).isPresent());
    }
}

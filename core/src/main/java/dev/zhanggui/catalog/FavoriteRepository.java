package dev.zhanggui.catalog;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;

/** Port: the products each customer keeps as favourites (收藏). Every method is confined to one merchant. */
public interface FavoriteRepository {
    boolean contains(MerchantId merchant, CustomerId customer, ProductId product);

    /**
     * How many favourites the customer keeps. Holds the customer's favourites against concurrent
     * adds until the unit of work ends, so that a limit checked on this count cannot be overrun.
     */
    int count(MerchantId merchant, CustomerId customer);

    /** Stores a favourite; one that is there already is kept as it was. */
    void add(MerchantId merchant, CustomerId customer, ProductId product, Instant at);

    /** Removes a favourite; one that is not there is fine. */
    void remove(MerchantId merchant, CustomerId customer, ProductId product);

    /**
     * The customer's favourite products that are on sale, newest favourite first; the cursor is
     * the time the favourite was added and the product's id.
     */
    Page<Product> listOnSale(MerchantId merchant, CustomerId customer, PageRequest page);
}

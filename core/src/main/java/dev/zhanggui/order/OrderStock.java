package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Port: the stock an order takes and gives back. {@link #take} is one conditional decrement
 * ({@code update ... set on_hand = on_hand - :qty where on_hand - :qty >= reserved}): it never
 * oversells, however many checkouts run at once.
 */
public interface OrderStock {
    /** Takes the quantity if that much is available; false (and nothing changed) otherwise. */
    boolean take(MerchantId merchant, SkuId sku, StockLocation location, int quantity, String orderNumber,
                 String actor, Instant now);

    /** Gives back what an order took (closed, cancelled or voided before shipping). */
    void putBack(MerchantId merchant, SkuId sku, StockLocation location, int quantity, String orderNumber,
                 String actor, Instant now);

    /** What can be bought of these SKUs at the location now; SKUs without stock count 0. */
    Map<SkuId, Integer> available(MerchantId merchant, Collection<SkuId> skus, StockLocation location);
}

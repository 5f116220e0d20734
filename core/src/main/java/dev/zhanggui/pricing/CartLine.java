package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;

import java.util.Optional;

/** One line of a cart to quote: a SKU, how many, and the store it is bought from (if the mall has stores). */
public record CartLine(SkuId sku, int quantity, Optional<StoreId> store) {
    public CartLine {
        store = store == null ? Optional.empty() : store;
    }

    public static CartLine of(SkuId sku, int quantity) {
        return new CartLine(sku, quantity, Optional.empty());
    }
}

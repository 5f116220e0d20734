package dev.zhanggui.catalog;

import java.util.Optional;

/** Which stock movements to list: of one SKU, of one store, or both; absent means any. */
public record StockMovementFilter(Optional<SkuId> sku, Optional<StoreId> store) {
    public StockMovementFilter {
        sku = sku == null ? Optional.empty() : sku;
        store = store == null ? Optional.empty() : store;
    }
}

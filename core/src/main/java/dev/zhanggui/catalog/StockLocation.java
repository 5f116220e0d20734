package dev.zhanggui.catalog;

import java.util.Optional;

/** Where stock is kept: the merchant's central warehouse (总仓) or one of its stores (门店). */
public record StockLocation(Optional<StoreId> store) {
    public static final StockLocation WAREHOUSE = new StockLocation(Optional.empty());

    public StockLocation {
        store = store == null ? Optional.empty() : store;
    }

    public static StockLocation store(StoreId store) {
        return new StockLocation(Optional.of(store));
    }

    /** A store if one is named, otherwise the central warehouse. */
    public static StockLocation of(Optional<StoreId> store) {
        return new StockLocation(store);
    }

    public boolean isWarehouse() {
        return store.isEmpty();
    }
}

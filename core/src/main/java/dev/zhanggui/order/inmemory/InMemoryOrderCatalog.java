package dev.zhanggui.order.inmemory;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.OrderCatalog;
import dev.zhanggui.order.SkuDescription;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SKU descriptions in memory, put there by tests (the server reads the catalog). */
public final class InMemoryOrderCatalog implements OrderCatalog {
    private record Key(MerchantId merchant, SkuId sku) {
    }

    private final Map<Key, SkuDescription> skus = new ConcurrentHashMap<>();

    @Override
    public Map<SkuId, SkuDescription> describe(MerchantId merchant, Collection<SkuId> wanted) {
        Map<SkuId, SkuDescription> found = new HashMap<>();
        wanted.forEach(sku -> {
            SkuDescription d = skus.get(new Key(merchant, sku));
            if (d != null) {
                found.put(sku, d);
            }
        });
        return found;
    }

    public void put(MerchantId merchant, SkuDescription description) {
        skus.put(new Key(merchant, description.sku()), description);
    }
}

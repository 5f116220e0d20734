package dev.zhanggui.pricing.inmemory;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.PricingCatalog;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SKUs for pricing in memory, put there by tests and benchmarks (the server reads the catalog). */
public final class InMemoryPricingCatalog implements PricingCatalog {
    private record Key(MerchantId merchant, SkuId sku) {
    }

    private final Map<Key, PricedSku> skus = new ConcurrentHashMap<>();

    @Override
    public Map<SkuId, PricedSku> findAll(MerchantId merchant, Collection<SkuId> wanted) {
        Map<SkuId, PricedSku> found = new HashMap<>();
        for (SkuId sku : wanted) {
            PricedSku priced = skus.get(new Key(merchant, sku));
            if (priced != null) {
                found.put(sku, priced);
            }
        }
        return found;
    }

    public void put(MerchantId merchant, PricedSku sku) {
        skus.put(new Key(merchant, sku.sku()), sku);
    }
}

package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.SkuDirectory;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.MerchantId;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The SKUs a test says exist. */
public final class InMemorySkuDirectory implements SkuDirectory {
    private final Map<MerchantId, Set<SkuId>> skus = new ConcurrentHashMap<>();

    public void add(MerchantId merchant, SkuId sku) {
        skus.computeIfAbsent(merchant, m -> ConcurrentHashMap.newKeySet()).add(sku);
    }

    @Override
    public boolean exists(MerchantId merchant, SkuId sku) {
        return skus.getOrDefault(merchant, Set.of()).contains(sku);
    }
}

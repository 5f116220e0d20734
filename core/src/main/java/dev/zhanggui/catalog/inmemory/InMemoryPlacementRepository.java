package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.PlacementRepository;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.shared.MerchantId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Placements in memory; products deleted since a placement was set are skipped when it is read. */
public final class InMemoryPlacementRepository implements PlacementRepository {
    private final Map<String, List<ProductId>> placements = new HashMap<>();

    @Override
    public synchronized List<ProductId> productIds(MerchantId merchant, String code) {
        return placements.getOrDefault(key(merchant, code), List.of());
    }

    @Override
    public synchronized void replace(MerchantId merchant, String code, List<ProductId> productIds) {
        placements.put(key(merchant, code), List.copyOf(productIds));
    }

    private static String key(MerchantId merchant, String code) {
        return merchant.value() + "\n" + code;
    }
}

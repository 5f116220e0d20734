package dev.zhanggui.pricing.inmemory;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.pricing.LevelPrice;
import dev.zhanggui.pricing.LevelPriceRepository;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Level prices in memory. */
public final class InMemoryLevelPriceRepository implements LevelPriceRepository {
    private record Key(MerchantId merchant, MemberLevelId level, SkuId sku) {
    }

    private final Map<Key, LevelPrice> prices = new LinkedHashMap<>();

    @Override
    public synchronized Map<SkuId, LevelPrice> findAll(MerchantId merchant, MemberLevelId level,
                                                       Collection<SkuId> skus) {
        Map<SkuId, LevelPrice> found = new HashMap<>();
        for (SkuId sku : skus) {
            LevelPrice price = prices.get(new Key(merchant, level, sku));
            if (price != null) {
                found.put(sku, price);
            }
        }
        return found;
    }

    @Override
    public synchronized Page<LevelPrice> listForLevel(MerchantId merchant, MemberLevelId level, PageRequest page) {
        return InMemoryPages.ascending(prices.values().stream()
                .filter(p -> p.merchant().equals(merchant) && p.level().equals(level)), p -> p.sku().toString(), page);
    }

    @Override
    public synchronized void put(LevelPrice price) {
        prices.put(new Key(price.merchant(), price.level(), price.sku()), price);
    }

    @Override
    public synchronized void remove(MerchantId merchant, MemberLevelId level, SkuId sku) {
        prices.remove(new Key(merchant, level, sku));
    }
}

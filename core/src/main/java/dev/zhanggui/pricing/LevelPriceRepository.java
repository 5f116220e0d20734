package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Collection;
import java.util.Map;

/** Port: level prices, one per (level, SKU). */
public interface LevelPriceRepository {
    /** The level prices of one level for the given SKUs, by SKU. */
    Map<SkuId, LevelPrice> findAll(MerchantId merchant, MemberLevelId level, Collection<SkuId> skus);

    /** One page of a level's prices, by SKU id. */
    Page<LevelPrice> listForLevel(MerchantId merchant, MemberLevelId level, PageRequest page);

    /** Sets the price, replacing one set before for the same level and SKU. */
    void put(LevelPrice price);

    void remove(MerchantId merchant, MemberLevelId level, SkuId sku);
}

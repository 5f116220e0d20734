package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.Map;

/**
 * Port: the SKUs a quote prices, as the catalog has them now, with their product and categories.
 * Only SKUs a customer can buy (on sale) are returned; the others are simply missing from the map.
 */
public interface PricingCatalog {
    Map<SkuId, PricedSku> findAll(MerchantId merchant, Collection<SkuId> skus);
}

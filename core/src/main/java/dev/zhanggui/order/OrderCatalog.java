package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.Map;

/** Port: the names and spec values of SKUs, for the snapshot an order line keeps. Unknown SKUs are left out. */
public interface OrderCatalog {
    Map<SkuId, SkuDescription> describe(MerchantId merchant, Collection<SkuId> skus);
}

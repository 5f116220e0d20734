package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;

/** Port: which SKUs a merchant has, for the stock to refer only to real ones. */
public interface SkuDirectory {
    boolean exists(MerchantId merchant, SkuId sku);
}

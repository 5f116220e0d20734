package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;

/** Port: the merchant's catalog settings. */
public interface CatalogSettings {
    /**
     * Whether products on sale may have their specs and prices changed without taking them off
     * shelf first (下架后才可编辑 is the default rule; a merchant may lift it).
     */
    boolean allowEditOnSale(MerchantId merchant);
}

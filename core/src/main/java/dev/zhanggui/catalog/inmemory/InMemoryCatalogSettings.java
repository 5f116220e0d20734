package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.CatalogSettings;
import dev.zhanggui.shared.MerchantId;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Catalog settings in memory: every merchant keeps the default rules until told otherwise. */
public final class InMemoryCatalogSettings implements CatalogSettings {
    private final Set<MerchantId> editOnSaleAllowed = ConcurrentHashMap.newKeySet();

    public void allowEditOnSale(MerchantId merchant, boolean allowed) {
        if (allowed) {
            editOnSaleAllowed.add(merchant);
        } else {
            editOnSaleAllowed.remove(merchant);
        }
    }

    @Override
    public boolean allowEditOnSale(MerchantId merchant) {
        return editOnSaleAllowed.contains(merchant);
    }
}

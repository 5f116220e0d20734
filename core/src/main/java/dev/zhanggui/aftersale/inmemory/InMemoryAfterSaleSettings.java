package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.AfterSaleTerms;
import dev.zhanggui.aftersale.AfterSaleTermsBook;
import dev.zhanggui.aftersale.StoredAfterSaleTerms;
import dev.zhanggui.shared.MerchantId;

import java.util.HashMap;
import java.util.Map;

/** The merchants' after-sales settings in memory; {@link AfterSaleTerms#DEFAULT} at version 0 for one that set none. */
public final class InMemoryAfterSaleSettings implements AfterSaleTermsBook {
    private final Map<MerchantId, StoredAfterSaleTerms> terms = new HashMap<>();

    @Override
    public synchronized StoredAfterSaleTerms stored(MerchantId merchant) {
        return terms.getOrDefault(merchant, new StoredAfterSaleTerms(AfterSaleTerms.DEFAULT, 0));
    }

    @Override
    public synchronized boolean save(MerchantId merchant, AfterSaleTerms merchantTerms, long expectedVersion) {
        if (stored(merchant).version() != expectedVersion) {
            return false;
        }
        terms.put(merchant, new StoredAfterSaleTerms(merchantTerms, expectedVersion + 1));
        return true;
    }

    /** Sets the terms whatever their version (fixtures). */
    public synchronized void set(MerchantId merchant, AfterSaleTerms merchantTerms) {
        save(merchant, merchantTerms, stored(merchant).version());
    }
}

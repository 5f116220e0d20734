package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.AfterSaleSettings;
import dev.zhanggui.aftersale.AfterSaleTerms;
import dev.zhanggui.shared.MerchantId;

import java.util.HashMap;
import java.util.Map;

/** The merchants' after-sales settings in memory; {@link AfterSaleTerms#DEFAULT} for one that set none. */
public final class InMemoryAfterSaleSettings implements AfterSaleSettings {
    private final Map<MerchantId, AfterSaleTerms> terms = new HashMap<>();

    @Override
    public synchronized AfterSaleTerms of(MerchantId merchant) {
        return terms.getOrDefault(merchant, AfterSaleTerms.DEFAULT);
    }

    public synchronized void set(MerchantId merchant, AfterSaleTerms merchantTerms) {
        terms.put(merchant, merchantTerms);
    }
}

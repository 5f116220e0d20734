package dev.zhanggui.aftersale;

import dev.zhanggui.shared.MerchantId;

/** Port: a merchant's after-sales settings; {@link AfterSaleTerms#DEFAULT} for one that set none. */
public interface AfterSaleSettings {
    AfterSaleTerms of(MerchantId merchant);
}

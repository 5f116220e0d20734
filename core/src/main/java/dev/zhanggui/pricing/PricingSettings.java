package dev.zhanggui.pricing;

import dev.zhanggui.shared.MerchantId;

/** Port: a merchant's pricing settings; a merchant that never chose gets {@link UnitPriceRule#LOWEST}. */
public interface PricingSettings {
    UnitPriceRule unitPriceRule(MerchantId merchant);

    void setUnitPriceRule(MerchantId merchant, UnitPriceRule rule);
}

package dev.zhanggui.pricing.inmemory;

import dev.zhanggui.pricing.PricingSettings;
import dev.zhanggui.pricing.UnitPriceRule;
import dev.zhanggui.shared.MerchantId;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pricing settings in memory; the lowest price wins unless a merchant chose otherwise. */
public final class InMemoryPricingSettings implements PricingSettings {
    private final Map<MerchantId, UnitPriceRule> rules = new ConcurrentHashMap<>();

    @Override
    public UnitPriceRule unitPriceRule(MerchantId merchant) {
        return rules.getOrDefault(merchant, UnitPriceRule.LOWEST);
    }

    @Override
    public void setUnitPriceRule(MerchantId merchant, UnitPriceRule rule) {
        rules.put(merchant, rule);
    }
}

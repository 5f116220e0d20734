package dev.zhanggui.pricing;

import dev.zhanggui.customer.CustomerGroupRepository;
import dev.zhanggui.customer.MemberLevelService;

/** The ports a quote reads a customer's price tiers from. */
public record PriceTierSources(MemberLevelService levels, LevelPriceRepository levelPrices,
                               CustomerGroupRepository groups, PriceListRepository priceLists,
                               FlashPriceRepository flashPrices, FlashPurchases flashPurchases,
                               PricingSettings settings) {
}

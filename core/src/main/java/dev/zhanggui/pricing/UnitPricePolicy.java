package dev.zhanggui.pricing;

/**
 * Decides the unit price a customer pays for a cart line before promotions, from the candidate
 * prices of the tiers that apply. Merchants choose one per {@link UnitPriceRule}.
 */
public interface UnitPricePolicy {
    UnitPrice choose(PriceCandidates candidates);
}

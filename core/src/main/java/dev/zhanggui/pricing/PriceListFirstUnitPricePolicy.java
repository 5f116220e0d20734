package dev.zhanggui.pricing;

/**
 * For wholesale merchants: a B2B customer's price list price always wins when the list names the
 * SKU (even above a member rate or a time-limited price); without one, the lowest price wins.
 */
public final class PriceListFirstUnitPricePolicy implements UnitPricePolicy {
    private final UnitPricePolicy otherwise = new DefaultUnitPricePolicy();

    @Override
    public UnitPrice choose(PriceCandidates candidates) {
        return candidates.priceList().orElseGet(() -> otherwise.choose(candidates));
    }
}

package dev.zhanggui.pricing;

import java.util.Comparator;

/**
 * The lowest candidate wins: list price, level price or level rate × list price, the applicable
 * price list's price for the quantity, and a running time-limited price. Between equal prices the
 * plainer tier is named (tier order), so a rate of 1 explains itself as the list price.
 */
public final class DefaultUnitPricePolicy implements UnitPricePolicy {
    static final Comparator<UnitPrice> CHEAPEST = Comparator.comparing(UnitPrice::amount)
            .thenComparing(UnitPrice::tier);

    @Override
    public UnitPrice choose(PriceCandidates candidates) {
        return candidates.all().min(CHEAPEST).orElseThrow();
    }
}

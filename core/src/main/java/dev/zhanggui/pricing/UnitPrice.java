package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit price with its explanation: the tier that set it and the id of the record behind it (the
 * level, price list or time-limited price; none for the list price).
 */
public record UnitPrice(Money amount, PriceTier tier, Optional<String> sourceId) {
    public UnitPrice {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    public static UnitPrice list(Money amount) {
        return new UnitPrice(amount, PriceTier.LIST, Optional.empty());
    }

    public static UnitPrice of(Money amount, PriceTier tier, Object source) {
        return new UnitPrice(amount, tier, Optional.of(source.toString()));
    }
}

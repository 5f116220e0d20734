package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;

/** A line's share of one promotion's or coupon's discount. */
public record LineDiscount(DiscountSource source, String sourceId, Money amount) {
}

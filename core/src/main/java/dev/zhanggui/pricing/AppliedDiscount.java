package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;

/** One promotion or coupon that discounted the order, with its name and the sum of its line shares. */
public record AppliedDiscount(DiscountSource source, String sourceId, String name, Money amount) {
}

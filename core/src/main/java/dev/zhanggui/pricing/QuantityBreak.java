package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;

/** A quantity break (阶梯价) of a price list entry: from {@code minQuantity} items on, each costs {@code unitPrice}. */
public record QuantityBreak(int minQuantity, Money unitPrice) {
}

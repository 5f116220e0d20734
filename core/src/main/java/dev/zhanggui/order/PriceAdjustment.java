package dev.zhanggui.order;

import dev.zhanggui.shared.Money;

import java.time.Instant;

/**
 * A merchant's price change before payment (改价): an amount added to (or, negative, taken off)
 * the goods and the shipping, by whom, why and when.
 */
public record PriceAdjustment(Money goods, Money shipping, String staff, String reason, Instant at) {
}

package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Money;

/**
 * Units of one order line a refund covers and what they refund: their share of what the customer
 * actually paid for the line, the last unit of the line taking the remainder.
 *
 * @param shipped whether the units had been shipped (returned, intercepted) or are cancelled before shipping
 */
public record RefundLine(int line, int quantity, Money amount, boolean shipped) {
}

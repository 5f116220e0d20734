package dev.zhanggui.order;

import dev.zhanggui.shared.Money;

/** How many orders were verified and their total amount, e.g. a staff member's today (今日核销). */
public record VerificationTotals(long count, Money amount) {
}

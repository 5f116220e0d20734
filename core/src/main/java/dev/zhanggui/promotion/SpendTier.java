package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

/** One tier of spend X save Y (满额减): from {@code threshold} on, {@code discount} off. */
public record SpendTier(Money threshold, Money discount) {
}

package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

/** A merchant's withdrawal terms: the smallest amount a customer may withdraw (default 1.00). */
public record WithdrawalSettings(Money minimum) {
    public static final WithdrawalSettings DEFAULTS = new WithdrawalSettings(Money.of("1.00"));

    public WithdrawalSettings {
        if (minimum == null || minimum.isNegative()) {
            throw new IllegalArgumentException("the minimum must be zero or more");
        }
    }
}
